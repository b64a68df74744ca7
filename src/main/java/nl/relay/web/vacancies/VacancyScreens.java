package nl.relay.web.vacancies;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.relay.accounts.Account;
import nl.relay.accounts.Caller;
import nl.relay.accounts.Role;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.recruitment.matches.ListMatches;
import nl.relay.recruitment.matches.MatchItem;
import nl.relay.recruitment.proposals.CandidateRows;
import nl.relay.recruitment.proposals.Proposal;
import nl.relay.recruitment.proposals.ProposalStatus;
import nl.relay.recruitment.referrals.ReferralView;
import nl.relay.recruitment.referrals.VacancyReferrals;
import nl.relay.recruitment.vacancies.Vacancy;
import nl.relay.recruitment.vacancies.VacancyStatus;
import nl.relay.recruitment.vacancies.VacancyViews;
import nl.relay.web.matches.MatchRow;

/** Builds the vacancy page's screen for the reader: employees never get proposals or candidates. */
@ApplicationScoped
class VacancyScreens {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final int CANDIDATES = 100;
    private static final int BEST_MATCHES = 5;

    private final Caller caller;
    private final VacancyViews views;
    private final CandidateRows candidates;
    private final VacancyReferrals referrals;
    private final ListMatches listMatches;
    private final RequestLanguage language;

    VacancyScreens(Caller caller, VacancyViews views, CandidateRows candidates, VacancyReferrals referrals,
            ListMatches listMatches, RequestLanguage language) {
        this.caller = caller;
        this.views = views;
        this.candidates = candidates;
        this.referrals = referrals;
        this.listMatches = listMatches;
        this.language = language;
    }

    VacancyScreen of(Vacancy vacancy, long reader, VacancyScreen.Forms forms) {
        boolean recruiter = caller.hasRole(Role.RECRUITER);
        boolean mayChange = vacancy.ownerId == reader || caller.isAdmin();
        VacancyStatus current = VacancyStatus.parse(vacancy.status).orElseThrow();
        List<String> next = current.isFinal()
                ? List.of()
                : java.util.Arrays.stream(VacancyStatus.values()).filter(s -> s != current).map(Object::toString)
                        .toList();
        List<VacancyScreen.ProposalRow> proposals = recruiter ? proposals(vacancy, reader) : List.of();
        List<CandidateRows.Candidate> proposable = recruiter && vacancy.isOpen()
                ? withChosen(candidates.proposable(reader, CANDIDATES), reader, forms.candidate())
                : List.of();
        List<ReferralView> shown = referrals.mayList(reader, caller.isAdmin(), vacancy)
                ? referrals.shownTo(reader, caller.isAdmin(), vacancy)
                : List.of();
        List<MatchRow> matches = recruiter
                ? MatchRow.all(listMatches.list(MatchItem.Side.VACANCY, vacancy.id.toString(), reader, BEST_MATCHES),
                        language.isEnglish())
                : List.of();
        return new VacancyScreen(views.of(vacancy, recruiter, language.isEnglish()), mayChange, next, recruiter,
                proposals, proposable, shown, matches, forms);
    }

    /** The candidate a link chose is offered too, when the reader may propose it and it is not in the list already. */
    private List<CandidateRows.Candidate> withChosen(List<CandidateRows.Candidate> list, long reader, String chosen) {
        long id;
        try {
            id = Long.parseLong(chosen);
        } catch (NumberFormatException e) {
            return list;
        }
        if (list.stream().anyMatch(c -> c.id() == id)) {
            return list;
        }
        return candidates.readable(reader, id, false).filter(c -> candidates.mayPropose(reader, c)).map(c -> {
            List<CandidateRows.Candidate> all = new java.util.ArrayList<>(list);
            all.add(0, c);
            return List.copyOf(all);
        }).orElse(list);
    }

    private List<VacancyScreen.ProposalRow> proposals(Vacancy vacancy, long reader) {
        List<Proposal> all = Proposal.toVacancy(vacancy.id, 0, 500);
        Map<Long, CandidateRows.Candidate> readable = candidates.readableAmong(reader,
                all.stream().map(p -> p.candidateId).distinct().toList());
        Map<Long, String> names = Account.displayNames(all.stream().map(p -> p.proposedBy).distinct().toList());
        // Only proposals of candidates the reader may read are shown, as the API lists and counts them.
        return all.stream().filter(p -> readable.containsKey(p.candidateId)).map(p -> {
            CandidateRows.Candidate candidate = readable.get(p.candidateId);
            boolean owner = vacancy.ownerId == reader;
            boolean mayMove = owner || p.proposedBy == reader || candidate.ownerId() == reader;
            List<String> next = mayMove
                    ? ProposalStatus.parse(p.status).orElseThrow().next().stream()
                            .filter(status -> owner || status != ProposalStatus.HIRED).sorted()
                            .map(Object::toString).toList()
                    : List.of();
            return new VacancyScreen.ProposalRow(p.id, p.candidateId, candidate.title(), names.get(p.proposedBy),
                    date(p.proposedAt), p.status, next);
        }).toList();
    }

    /** A day as the page's language writes it: "3 december 2026", "3 December 2026". */
    String date(Instant instant) {
        Locale locale = language.isEnglish() ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(instant.atZone(AMSTERDAM));
    }
}
