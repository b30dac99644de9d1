package org.campuspilot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.campuspilot.db.Location;
import org.junit.jupiter.api.Test;

/** « Ouvrir une base partagée… »: each field says what is wrong with it, and a right address comes out whole. */
class ServerAddressViewModelTest {
    final Messages fr = Messages.load(Messages.FRENCH);

    @Test
    void startsOnPort5432TheSystemsUserAndTlsWhenOffered() {
        ServerAddressViewModel vm = new ServerAddressViewModel(null);
        assertEquals("5432", vm.port().text().get());
        assertEquals(System.getProperty("user.name"), vm.user().text().get());
        assertEquals(ServerAddressViewModel.Tls.PREFER, vm.tls().get());
        assertEquals("", vm.host().text().get());
    }

    @Test
    void anEmptyRequiredFieldIsFlaggedOnlyWhenOpening() {
        ServerAddressViewModel vm = new ServerAddressViewModel(null);
        vm.leave(vm.host());
        assertNull(vm.host().problem().get(), "not yet: the user only passed through");
        assertTrue(vm.address().isEmpty());
        assertEquals("validation.required", vm.host().problem().get().key());
        assertEquals("validation.required", vm.database().problem().get().key());
    }

    @Test
    void wrongValuesGetASentenceAtTheirField() {
        ServerAddressViewModel vm = new ServerAddressViewModel(null);
        vm.host().text().set("postgresql://campus.ac-rennes.fr/base");
        vm.port().text().set("99999");
        vm.database().text().set("ma base");
        vm.user().text().set("anne:secret");
        assertTrue(vm.address().isEmpty());
        assertEquals("Le nom du serveur ou son adresse IP, sans « postgresql:// » ni « / » (par exemple "
                + "campus.ac-rennes.fr).", fr.get(vm.host().problem().get()));
        assertEquals("Un nombre entre 1 et 65535 ; celui de PostgreSQL est d'habitude 5432.",
                fr.get(vm.port().problem().get()));
        assertEquals("server.open.database.bad", vm.database().problem().get().key());
        assertEquals("server.open.user.bad", vm.user().problem().get().key());
        vm.port().text().set("abc");
        vm.leave(vm.port());
        assertEquals("server.open.port.bad", vm.port().problem().get().key());
    }

    @Test
    void aRightAddressComesOutWithItsTlsMode() {
        ServerAddressViewModel vm = new ServerAddressViewModel(null);
        vm.host().text().set(" campus.ac-rennes.fr ");
        vm.port().text().set("5433");
        vm.database().text().set("campus_rennes");
        vm.user().text().set("directrice");
        vm.tls().set(ServerAddressViewModel.Tls.REQUIRE);
        Location.Server s = vm.address().orElseThrow();
        assertEquals(new Location.Server("campus.ac-rennes.fr", 5433, "campus_rennes", "directrice", "require"), s);
        assertEquals("postgresql://directrice@campus.ac-rennes.fr:5433/campus_rennes?sslmode=require", s.display());
    }

    @Test
    void theLastAddressFillsTheFieldsAndAnIpv6HostLosesItsBrackets() {
        ServerAddressViewModel vm = new ServerAddressViewModel(new Location.Server("::1", 5432, "campus", "anne",
                "disable"));
        assertEquals("::1", vm.host().text().get());
        assertEquals(ServerAddressViewModel.Tls.DISABLE, vm.tls().get());
        vm.host().text().set("[::1]");
        assertEquals("::1", vm.address().orElseThrow().host());
    }
}
