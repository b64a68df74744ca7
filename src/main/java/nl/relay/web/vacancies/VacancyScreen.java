package nl.relay.web.vacancies;

import java.util.List;
import nl.relay.platform.errors.Problem;
import nl.relay.recruitment.proposals.CandidateRows;
import nl.relay.recruitment.referrals.ReferralView;
import nl.relay.recruitment.vacancies.VacancyView;
import nl.relay.web.FieldErrors;
import nl.relay.web.matches.MatchRow;

/**
 * What the vacancy page shows to one reader: the vacancy, what they may change, the proposals and the candidates
 * to propose (recruiters), the referrals (the owner, admins, or their own), and the state of each form.
 */
public record VacancyScreen(VacancyView vacancy, boolean mayChange, List<String> nextStatuses, boolean recruiter,
        List<ProposalRow> proposals, List<CandidateRows.Candidate> candidates, List<ReferralView> referrals,
        List<MatchRow> matches, Forms forms) {

    /** One proposal on the page: the candidate's title, who proposed when, its status and where it may go. */
    public record ProposalRow(long id, long candidateId, String candidateTitle, String proposedBy, String proposedAt,
            String status, List<String> next) {
    }

    /** The refusal of a second proposal to the client: who proposed, on which day, to which client. */
    public record Refusal(String by, String date, String client) {
    }

    /** The state of the page's forms: what was done, what was typed, and each refusal. */
    public record Forms(String done, String candidate, Refusal refused, FieldErrors proposeErrors,
            String failed, FieldErrors errors, String name, String email, String note) {

        public static final Forms NONE = new Forms("", "", null, FieldErrors.NONE, "", FieldErrors.NONE, "", "", "");

        Forms done(String what) {
            return new Forms(what == null ? "" : what, candidate, refused, proposeErrors, failed, errors, name, email,
                    note);
        }

        Forms proposing(String candidateId) {
            return new Forms(done, candidateId == null ? "" : candidateId.strip(), refused, proposeErrors, failed,
                    errors, name, email, note);
        }

        Forms refused(Refusal refusal) {
            return new Forms(done, candidate, refusal, proposeErrors, failed, errors, name, email, note);
        }

        Forms withProposeErrors(List<Problem.FieldError> refusals) {
            return new Forms(done, candidate, refused, new FieldErrors(refusals), failed, errors, name, email, note);
        }

        Forms referring(String name, String email, String note) {
            return new Forms(done, candidate, refused, proposeErrors, failed, errors, orEmpty(name), orEmpty(email),
                    orEmpty(note));
        }

        /** A refused form: {@code which} is status, proposal or referred. */
        Forms withErrors(String which, List<Problem.FieldError> refusals) {
            return new Forms(done, candidate, refused, proposeErrors, which, new FieldErrors(refusals), name, email,
                    note);
        }

        private static String orEmpty(String value) {
            return value == null ? "" : nl.relay.platform.text.ControlCharacters.strip(value);
        }
    }
}
