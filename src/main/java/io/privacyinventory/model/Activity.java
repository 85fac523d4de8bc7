package io.privacyinventory.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A processing activity: one row of the Art. 30 record. {@code notes} are internal only. */
public record Activity(
        String id,
        Text name,
        Text description,
        String owner,
        Role role,
        List<Contact> controllers,
        ActivityStatus status,
        List<String> dataSubjects,
        List<String> dataCategories,
        List<String> recipients,
        List<PurposeUse> purposes,
        List<Transfer> transfers,
        List<RetentionRule> retention,
        Text securityMeasures,
        Text statutoryRequirement,
        AutomatedDecisions automatedDecisions,
        Dpia dpia,
        LocalDate reviewedOn,
        LocalDate reviewDue,
        Text notes) implements Entity {

    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        controllers = List.copyOf(controllers);
        dataSubjects = List.copyOf(dataSubjects);
        dataCategories = List.copyOf(dataCategories);
        recipients = List.copyOf(recipients);
        purposes = List.copyOf(purposes);
        transfers = List.copyOf(transfers);
        retention = List.copyOf(retention);
    }

    /** A new draft activity with nothing but an id and a name. */
    public static Activity draft(String id, Text name) {
        return new Activity(id, name, null, null, null, List.of(), ActivityStatus.DRAFT, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), null, null, null, null, null, null, null);
    }
}
