package org.campuspilot.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.OpenFailures;
import org.junit.jupiter.api.Test;

/**
 * Each way a server refuses a campus, as the test cluster really refuses it, is told apart (the window asks a
 * password again, or says what to do) and gets a sentence without the driver's words.
 */
class ServerProblemTest {
    final Messages fr = Messages.load(Messages.FRENCH);

    private static ServerProblem refusal(Location.Server address, ServerPassword password) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> Database.open(address,
                Database.Options.DEFAULT.password(password)).close());
        return ServerProblem.of(e);
    }

    @Test
    void aMissingOrWrongPasswordIsAskedAgain() {
        PostgresCluster pg = PostgresCluster.get();
        Location.Server db = pg.newDatabase();
        Location.Server pw = pg.address(db.database(), PostgresCluster.PASSWORD_USER);
        assertEquals(ServerProblem.PASSWORD_NEEDED, refusal(pw, server -> java.util.Optional.empty()));
        assertEquals(ServerProblem.PASSWORD_WRONG, refusal(pw, ServerPassword.typed("pas le bon")));
        assertTrue(ServerProblem.PASSWORD_WRONG.asksPassword());
    }

    @Test
    void anUnknownUserAMissingDatabaseAndAStoppedServerEachGetTheirSentence() throws Exception {
        PostgresCluster pg = PostgresCluster.get();
        Location.Server db = pg.newDatabase();
        Location.Server stranger = pg.address(db.database(), "personne");
        ServerProblem p = refusal(stranger, ServerPassword.FROM_ENVIRONMENT);
        assertEquals(ServerProblem.NOT_ALLOWED, p);
        assertFalse(p.asksPassword());
        assertEquals("Le serveur 127.0.0.1 n'accepte pas l'utilisateur personne pour la base " + db.database()
                + ". Demandez à la personne qui gère le serveur de vous en donner l'accès.",
                OpenFailures.describeServer(fr, p, null, stranger));

        Location.Server missing = pg.address("pas_de_base", PostgresCluster.USER);
        assertEquals(ServerProblem.NO_DATABASE, refusal(missing, ServerPassword.FROM_ENVIRONMENT));

        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Location.Server stopped = new Location.Server("127.0.0.1", closed, "campus", "anne", "disable");
        p = refusal(stopped, ServerPassword.FROM_ENVIRONMENT);
        assertEquals(ServerProblem.UNREACHABLE, p);
        assertEquals("Le serveur 127.0.0.1 ne répond pas sur le port " + closed + ". Vérifiez son nom, son port et "
                + "votre connexion au réseau ; s'ils sont justes, le serveur est peut-être arrêté.",
                OpenFailures.describeServer(fr, p, null, stopped));
    }

    @Test
    void anythingElseIsOther() {
        assertEquals(ServerProblem.OTHER, ServerProblem.of(new IllegalStateException("x")));
        assertEquals(ServerProblem.OTHER, ServerProblem.of(null));
    }
}
