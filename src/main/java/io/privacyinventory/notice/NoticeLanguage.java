package io.privacyinventory.notice;

import io.privacyinventory.model.Coded;
import java.util.Optional;

/** The languages the notice's own wording (headings, fixed sentences) is written in. */
public enum NoticeLanguage implements Coded {
    EN,
    NB;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    public static Optional<NoticeLanguage> parse(String code) {
        return Coded.parse(NoticeLanguage.class, code);
    }
}
