package io.privacyinventory.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The parts of the main window, in the order of the navigation. */
public enum Section {
    ACTIVITIES("nav.activities", Material2AL.ASSIGNMENT),
    DATA_CATEGORIES("nav.dataCategories", Material2AL.CATEGORY),
    PURPOSES("nav.purposes", Material2AL.FLAG),
    RECIPIENTS("nav.recipients", Material2MZ.SHARE),
    DATA_SUBJECTS("nav.dataSubjects", Material2MZ.PEOPLE),
    ORGANISATION("nav.organisation", Material2AL.BUSINESS),
    FINDINGS("nav.findings", Material2AL.ERROR_OUTLINE),
    HISTORY("nav.history", Material2AL.HISTORY);

    private final String key;
    private final Ikon icon;

    Section(String key, Ikon icon) {
        this.key = key;
        this.icon = icon;
    }

    public String key() {
        return key;
    }

    public Ikon icon() {
        return icon;
    }
}
