package nl.relay.mailinglist;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The mailing-list mail's templates; rendered in the recipient's language by the one mail sender. */
@CheckedTemplate(basePath = "emails")
final class ListMails {

    private ListMails() {
    }

    static native TemplateInstance listSubject(ListMailContent mail);

    static native TemplateInstance listHtml(ListMailContent mail);

    static native TemplateInstance listText(ListMailContent mail);
}
