package io.privacyinventory.model;

import java.util.List;
import java.util.Objects;

/**
 * A whole record of processing activities. The first of {@code languages} is the default
 * language: the one every text is expected to have.
 */
public record Inventory(
        List<String> languages,
        Organisation organisation,
        NoticeSettings notice,
        List<DataSubject> dataSubjects,
        List<DataCategory> dataCategories,
        List<Purpose> purposes,
        List<Recipient> recipients,
        List<Activity> activities,
        List<PublishedNotice> publishedNotices) {

    /** The version of the inventory format this build writes (and the newest it reads). */
    public static final int FORMAT_VERSION = 2;

    public Inventory {
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("an inventory needs at least one language");
        }
        Objects.requireNonNull(organisation, "organisation");
        notice = notice == null ? NoticeSettings.EMPTY : notice;
        dataSubjects = List.copyOf(dataSubjects);
        dataCategories = List.copyOf(dataCategories);
        purposes = List.copyOf(purposes);
        recipients = List.copyOf(recipients);
        activities = List.copyOf(activities);
        publishedNotices = publishedNotices == null ? List.of() : List.copyOf(publishedNotices);
    }

    /** An inventory as format version 1 knew it: nothing published yet. */
    public Inventory(
            List<String> languages,
            Organisation organisation,
            NoticeSettings notice,
            List<DataSubject> dataSubjects,
            List<DataCategory> dataCategories,
            List<Purpose> purposes,
            List<Recipient> recipients,
            List<Activity> activities) {
        this(
                languages,
                organisation,
                notice,
                dataSubjects,
                dataCategories,
                purposes,
                recipients,
                activities,
                List.of());
    }

    public static Inventory empty(String language, String organisationName) {
        return new Inventory(
                List.of(language),
                Organisation.named(organisationName),
                NoticeSettings.EMPTY,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    public String defaultLanguage() {
        return languages.get(0);
    }
}
