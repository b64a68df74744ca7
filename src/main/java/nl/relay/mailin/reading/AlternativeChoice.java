package nl.relay.mailin.reading;

import java.util.List;

/** Which of the alternatives of a multipart/alternative is the mail's text. */
final class AlternativeChoice {

    private AlternativeChoice() {
    }

    /** The first plain text alternative that says something, else the richest (last) one that does. */
    static List<BodyPiece> preferred(List<List<BodyPiece>> alternatives) {
        for (List<BodyPiece> alternative : alternatives) {
            if (!alternative.isEmpty() && alternative.stream().noneMatch(BodyPiece::html)
                    && BodyPiece.saySomething(alternative)) {
                return alternative;
            }
        }
        for (List<BodyPiece> alternative : alternatives.reversed()) {
            if (BodyPiece.saySomething(alternative)) {
                return alternative;
            }
        }
        return List.of();
    }
}
