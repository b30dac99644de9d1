package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.campuspilot.db.Database;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.establishment.EstablishmentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people edit the same establishment (decision 0043): I change its name and notes while a colleague saves
 * another name and city; my save shows, field by field, their value and mine, I keep their name, their city and my
 * notes, and that is what the campus holds.
 */
class EditConflictFlowFxTest {
    @TempDir Path dir;
    FxApp fx;

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @Test
    void mySaveOverAColleaguesShowsBothValuesAndKeepsTheOnesChosen() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        org.campuspilot.TestCampus.demo(db);
        fx = new FxApp().start(db, dir);
        fx.click("#navEstablishments");
        fx.type("#searchField", "Tillon");
        fx.clickRow("Lycée professionnel Charles Tillon");
        fx.type("#nameField", "LP Charles Tillon");
        fx.type("#notesArea", "Rencontre avec le proviseur en mars.");

        // Meanwhile, a colleague saves the same establishment.
        EstablishmentRepository colleague = new EstablishmentRepository(Database.open(db));
        Establishment now = colleague.findAll().stream().filter(e -> e.name().contains("Tillon")).findFirst()
                .orElseThrow();
        colleague.update(new Establishment(now.id(), now.uai(), "Lycée des métiers Charles Tillon", now.kind(),
                now.ownership(), now.siret(), now.street(), now.postalCode(), "Rennes Cedex", now.phone(),
                now.email(), now.website(), now.role(), now.memberSince(), now.memberUntil(),
                now.conventionSignedOn(), now.notes()));

        fx.click("#saveButton");
        assertTrue(fx.exists("#mergeDialog"), "the conflict is shown, not overwritten");
        assertTrue(fx.robot.lookup((Label l) -> "Leur valeur".equals(l.getText())).tryQuery().isPresent());
        assertTrue(fx.robot.lookup((Label l) -> "Ma valeur".equals(l.getText())).tryQuery().isPresent());
        assertTrue(fx.robot.lookup((Label l) -> l.getText() != null && l.getText().startsWith(
                "Quelqu'un d'autre a enregistré cette fiche")).tryQuery().isPresent());
        fx.snapshotWindowOf("40-edit-conflict", "#mergeDialog");
        // Lines: Nom, Ville, Notes. Their name, their city (chosen first: I did not touch it), my notes.
        fx.click("#mergeLeft0");
        fx.clickDialogButton("Enregistrer");

        Establishment saved = new EstablishmentRepository(Database.open(db)).findById(now.id()).orElseThrow();
        assertEquals("Lycée des métiers Charles Tillon", saved.name());
        assertEquals("Rennes Cedex", saved.city());
        assertEquals("Rencontre avec le proviseur en mars.", saved.notes());
        assertEquals("Lycée des métiers Charles Tillon", ((TextField) fx.find("#nameField")).getText(),
                "the form shows what was saved");
    }

    @Test
    void anActionAColleagueDeletedWhileIEditedItIsRecreatedFromMyInput() throws Exception {
        Path db = dir.resolve("demo.campuspilot");
        org.campuspilot.TestCampus.demo(db);
        org.campuspilot.db.Jdbc colleague = new org.campuspilot.db.Jdbc(Database.open(db));
        // One no expense refers to: deleting it needs nothing else.
        long id = colleague.list("SELECT id FROM action WHERE id NOT IN (SELECT action_id FROM finance_entry"
                + " WHERE action_id IS NOT NULL) ORDER BY id", rs -> rs.getLong(1)).get(0);
        org.campuspilot.action.ActionRepository actions = new org.campuspilot.action.ActionRepository(
                Database.open(db));
        String title = actions.findById(id).orElseThrow().title();
        fx = new FxApp().start(db, dir);
        fx.click("#navActions");
        fx.clickRow(title);
        fx.type("#titleField", "Visite d'entreprise revue");

        actions.delete(id);
        fx.click("#saveButton");
        assertTrue(fx.dialogText().startsWith("Quelqu'un d'autre a supprimé cette fiche pendant que vous la "
                + "modifiiez."), fx.dialogText());
        fx.snapshotWindowOf("41-edit-conflict-deleted", ".dialog-pane");
        fx.clickDialogButton("Recréer la fiche avec ma saisie");

        var again = actions.findAll().stream().filter(a -> a.title().equals("Visite d'entreprise revue")).toList();
        assertEquals(1, again.size(), "recreated from my input");
        assertTrue(again.get(0).id() > id, "with a new number");
        assertTrue(actions.findById(id).isEmpty());
    }
}
