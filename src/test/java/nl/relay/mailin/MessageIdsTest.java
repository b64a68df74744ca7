package nl.relay.mailin;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

/** Message-IDs as the mail's arrival and its reading both take them: without brackets, white space or excess. */
class MessageIdsTest {

    @Test
    void theMessageIdOfARawMailWithoutBrackets() {
        assertThat(MessageIds.of("Message-ID: <abc.123@mail.bureau.nl>\r\nSubject: x\r\n\r\nbody".getBytes()),
                equalTo("abc.123@mail.bureau.nl"));
        assertThat(MessageIds.of("Subject: x\r\nMessage-Id:\r\n <folded@host>\r\n\r\nbody".getBytes()),
                equalTo("folded@host"));
        assertThat(MessageIds.of("Message-ID: bare@host\r\n\r\n".getBytes()), equalTo("bare@host"));
        assertThat(MessageIds.of("Subject: none\r\n\r\nMessage-ID: <in-body@host>\r\n".getBytes()), nullValue());
        assertThat(MessageIds.of("Message-ID: <>\r\n\r\n".getBytes()), nullValue());
    }

    @Test
    void everyIdOfAReferencesHeaderInOrder() {
        assertThat(MessageIds.all("<a@host> <b@host>\r\n\t<c@ho st>"), contains("a@host", "b@host", "c@host"));
        assertThat(MessageIds.all("Re: your mail <d@host> of monday"), contains("d@host"));
        assertThat(MessageIds.all("bare@host other@host"), contains("bare@host", "other@host"));
        assertThat(MessageIds.all("<>"), empty());
        assertThat(MessageIds.all("  "), empty());
        assertThat(MessageIds.all(null), empty());
    }

    @Test
    void theFirstIdOrNone() {
        assertThat(MessageIds.first(" <x.1@bureau.nl> <x.2@bureau.nl>"), equalTo("x.1@bureau.nl"));
        assertThat(MessageIds.first(null), nullValue());
    }

    @Test
    void anOverlongIdIsCut() {
        String id = MessageIds.first("<" + "a".repeat(600) + "@host>");
        assertThat(id.length(), equalTo(500));
        assertThat(MessageIds.first("<" + id + ">"), equalTo(id));
    }
}
