package nl.relay.mailin.reading;

/** Why a mail must never be answered: answering it could start a mail loop or reach a robot. */
public enum LoopSign {
    AUTO_SUBMITTED, BOUNCE, MAILING_LIST, FROM_RELAY
}
