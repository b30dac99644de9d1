package org.campuspilot.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A quote that opens a cell and never closes is found on its line; well-formed quoting is not. */
class OpenQuoteTest {
    @Test
    void closedQuotesDoubledQuotesAndCellsOverSeveralLinesAreWellFormed() {
        assertEquals(-1, OpenQuote.line("a;b\r\n\"x;y\";2\r\n", ';'));
        assertEquals(-1, OpenQuote.line("nom;notes\n\"Le \"\"Lycée\"\"\";\"une note\nsur deux lignes\"\nz;w\n", ';'));
        assertEquals(-1, OpenQuote.line("nom;pouces\nvis;12\"\n", ';'), "a quote inside a cell opens nothing");
        assertEquals(-1, OpenQuote.line("a,b\n1,\"2,5\"\n", ','));
    }

    @Test
    void anOpenQuoteIsFoundOnTheLineItOpened() {
        assertEquals(3, OpenQuote.line("a;b\n1;2\n\"3;4\n5;6\n7;8\n", ';'));
        assertEquals(2, OpenQuote.line("a;b\r\nx;\"y\r\n", ';'));
        assertEquals(4, OpenQuote.line("a;b\n\"multi\nligne\";1\n\"ouvert;2", ';'), "after a cell over two lines");
    }
}
