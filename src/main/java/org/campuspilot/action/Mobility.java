package org.campuspilot.action;

import java.util.Locale;

/**
 * The international side of a mobility action: the country, whether learners go abroad (sortante) or come to us
 * (entrante), and the programme that funds it.
 *
 * @param programmeName the programme's name when it is not Erasmus+
 */
public record Mobility(String country, Direction direction, Programme programme, String programmeName) {

    /** Going abroad or coming in. */
    public enum Direction {
        SORTANTE,
        ENTRANTE;

        public String messageKey() {
            return "action.mobility.direction." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Who funds the mobility. */
    public enum Programme {
        ERASMUS_PLUS,
        AUTRE;

        public String messageKey() {
            return "action.mobility.programme." + name().toLowerCase(Locale.ROOT);
        }
    }
}
