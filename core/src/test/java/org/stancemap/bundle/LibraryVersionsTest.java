package org.stancemap.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LibraryVersionsTest {
    @Test
    void readsTheVersionOfTheJarThatHoldsTheClassNotOfAShadedCopy() {
        // DL4J's shaded Jackson carries Jackson 2.13 metadata; the real one must win
        assertEquals(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString(),
                LibraryVersions.all().get("jackson-databind"));
        assertEquals("3.1.1", LibraryVersions.all().get("smile-core"));
    }
}
