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
        Text notes,
        List<DpiaCriterion> dpiaScreening)
        implements Entity {

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
        dpiaScreening = dpiaScreening == null ? List.of() : List.copyOf(dpiaScreening);
    }

    /** An activity of format version 1, without DPIA screening. */
    public Activity(
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
            Text notes) {
        this(
                id,
                name,
                description,
                owner,
                role,
                controllers,
                status,
                dataSubjects,
                dataCategories,
                recipients,
                purposes,
                transfers,
                retention,
                securityMeasures,
                statutoryRequirement,
                automatedDecisions,
                dpia,
                reviewedOn,
                reviewDue,
                notes,
                List.of());
    }

    /** A new draft activity with nothing but an id and a name. */
    public static Activity draft(String id, Text name) {
        return new Activity(
                id,
                name,
                null,
                null,
                null,
                List.of(),
                ActivityStatus.DRAFT,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    // One "with" method per field: an edit makes a new activity that differs in that field only.

    public Activity withId(String value) {
        return new Activity(
                value,
                name,
                description,
                owner,
                role,
                controllers,
                status,
                dataSubjects,
                dataCategories,
                recipients,
                purposes,
                transfers,
                retention,
                securityMeasures,
                statutoryRequirement,
                automatedDecisions,
                dpia,
                reviewedOn,
                reviewDue,
                notes,
                dpiaScreening);
    }

    public Activity withName(Text value) {
        return new Activity(
                id,
                value,
                description,
                owner,
                role,
                controllers,
                status,
                dataSubjects,
                dataCategories,
                recipients,
                purposes,
                transfers,
                retention,
                securityMeasures,
                statutoryRequirement,
                automatedDecisions,
                dpia,
                reviewedOn,
                reviewDue,
                notes,
                dpiaScreening);
    }

    public Activity withDescription(Text value) {
        return new Activity(
                id,
                name,
                value,
                owner,
                role,
                controllers,
                status,
                dataSubjects,
                dataCategories,
                recipients,
                purposes,
                transfers,
                retention,
                securityMeasures,
                statutoryRequirement,
                automatedDecisions,
                dpia,
                reviewedOn,
                reviewDue,
                notes,
                dpiaScreening);
    }

    public Activity withOwner(String value) {
        return new Activity(
                id,
                name,
                description,
                value,
                role,
                controllers,
                status,
                dataSubjects,
                dataCategories,
                recipients,
                purposes,
                transfers,
                retention,
                securityMeasures,
                statutoryRequirement,
                automatedDecisions,
                dpia,
                reviewedOn,
                reviewDue,
                notes,
                dpiaScreening);
    }

    public Activity withRole(Role value) {
        return new Activity(
                id,
                name,
                description,
                owner,
                value,
                controllers,
                status,
                dataSubjects,
                dataCategories,
                recipients,
                purposes,
                transfers,
                retention,
                securityMeasures,
                statutoryRequirement,
                automatedDecisions,
                dpia,
                reviewedOn,
                reviewDue,
                notes,
                dpiaScreening);
    }

    public Activity withControllers(List<Contact> value) {
        return new Activity(
                id,
                name,
                description,
                owner,
                role,
                value,
                status,
                dataSubjects,
                dataCategories,
                recipients,
                purposes,
                transfers,
                retention,
                securityMeasures,
                statutoryRequirement,
                automatedDecisions,
                dpia,
                reviewedOn,
                reviewDue,
                notes,
                dpiaScreening);
    }

    public Activity withStatus(ActivityStatus value) {
        return new Activity(
                id,
                name,
                description,
                owner,
                role,
                controllers,
                value,
                dataSubjects,
                dataCategories,
                recipients,
                purposes,
                transfers,
                retention,
                securityMeasures,
                statutoryRequirement,
                automatedDecisions,
                dpia,
                reviewedOn,
                reviewDue,
                notes,
                dpiaScreening);
    }

    public Activity withDataSubjects(List<String> value) {
        return new Activity(
                id,
                name,
                description,
                owner,
                role,
                controllers,
                status,
                value,
                dataCategories,
                recipients,
                purposes,
                transfers,
                retention,
                securityMeasures,
                statutoryRequirement,
                automatedDecisions,
                dpia,
                reviewedOn,
                reviewDue,
                notes,
                dpiaScreening);
    }

    public Activity withDataCategories(List<String> value) {
        return new Activity(
                id,
                name,
                description,
                owner,
                role,
                controllers,
                status,
                dataSubjects,
                value,
                recipients,
                purposes,
                transfers,
                retention,
                securityMeasures,
                statutoryRequirement,
                automatedDecisions,
                dpia,
                reviewedOn,
                reviewDue,
                notes,
                dpiaScreening);
    }

    public Activity withRecipients(List<String> value) {
        return new Activity(
                id,
                name,
                description,
                owner,
                role,
                controllers,
                status,
                dataSubjects,
                dataCategories,
                value,
                purposes,
                transfers,
                retention,
                securityMeasures,
                statutoryRequirement,
                automatedDecisions,
                dpia,
                reviewedOn,
                reviewDue,
                notes,
                dpiaScreening);
    }

    public Activity withPurposes(List<PurposeUse> value) {
        return new Activity(
                id,
                name,
                description,
                owner,
                role,
                controllers,
                status,
                dataSubjects,
                dataCategories,
                recipients,
                value,
                transfers,
                retention,
                securityMeasures,
                statutoryRequirement,
                automatedDecisions,
                dpia,
                reviewedOn,
                reviewDue,
                notes,
                dpiaScreening);
    }

    public Activity withTransfers(List<Transfer> value) {
        return new Activity(
                id,
                name,
                description,
                owner,
                role,
                controllers,
                status,
                dataSubjects,
                dataCategories,
                recipients,
                purposes,
                value,
                retention,
                securityMeasures,
                statutoryRequirement,
                automatedDecisions,
                dpia,
                reviewedOn,
                reviewDue,
                notes,
                dpiaScreening);
    }

    public Activity withRetention(List<RetentionRule> value) {
        return new Activity(
                id,
                name,
                description,
                owner,
                role,
                controllers,
                status,
                dataSubjects,
                dataCategories,
                recipients,
                purposes,
                transfers,
                value,
                securityMeasures,
                statutoryRequirement,
                automatedDecisions,
                dpia,
                reviewedOn,
                reviewDue,
                notes,
                dpiaScreening);
    }

    public Activity withSecurityMeasures(Text value) {
        return new Activity(
                id,
                name,
                description,
                owner,
                role,
                controllers,
                status,
                dataSubjects,
                dataCategories,
                recipients,
                purposes,
                transfers,
                retention,
                value,
                statutoryRequirement,
                automatedDecisions,
                dpia,
                reviewedOn,
                reviewDue,
                notes,
                dpiaScreening);
    }

    public Activity withStatutoryRequirement(Text value) {
        return new Activity(
                id,
                name,
                description,
                owner,
                role,
                controllers,
                status,
                dataSubjects,
                dataCategories,
                recipients,
                purposes,
                transfers,
                retention,
                securityMeasures,
                value,
                automatedDecisions,
                dpia,
                reviewedOn,
                reviewDue,
                notes,
                dpiaScreening);
    }

    public Activity withAutomatedDecisions(AutomatedDecisions value) {
        return new Activity(
                id,
                name,
                description,
                owner,
                role,
                controllers,
                status,
                dataSubjects,
                dataCategories,
                recipients,
                purposes,
                transfers,
                retention,
                securityMeasures,
                statutoryRequirement,
                value,
                dpia,
                reviewedOn,
                reviewDue,
                notes,
                dpiaScreening);
    }

    public Activity withDpia(Dpia value) {
        return new Activity(
                id,
                name,
                description,
                owner,
                role,
                controllers,
                status,
                dataSubjects,
                dataCategories,
                recipients,
                purposes,
                transfers,
                retention,
                securityMeasures,
                statutoryRequirement,
                automatedDecisions,
                value,
                reviewedOn,
                reviewDue,
                notes,
                dpiaScreening);
    }

    public Activity withReviewedOn(LocalDate value) {
        return new Activity(
                id,
                name,
                description,
                owner,
                role,
                controllers,
                status,
                dataSubjects,
                dataCategories,
                recipients,
                purposes,
                transfers,
                retention,
                securityMeasures,
                statutoryRequirement,
                automatedDecisions,
                dpia,
                value,
                reviewDue,
                notes,
                dpiaScreening);
    }

    public Activity withReviewDue(LocalDate value) {
        return new Activity(
                id,
                name,
                description,
                owner,
                role,
                controllers,
                status,
                dataSubjects,
                dataCategories,
                recipients,
                purposes,
                transfers,
                retention,
                securityMeasures,
                statutoryRequirement,
                automatedDecisions,
                dpia,
                reviewedOn,
                value,
                notes,
                dpiaScreening);
    }

    public Activity withNotes(Text value) {
        return new Activity(
                id,
                name,
                description,
                owner,
                role,
                controllers,
                status,
                dataSubjects,
                dataCategories,
                recipients,
                purposes,
                transfers,
                retention,
                securityMeasures,
                statutoryRequirement,
                automatedDecisions,
                dpia,
                reviewedOn,
                reviewDue,
                value,
                dpiaScreening);
    }

    public Activity withDpiaScreening(List<DpiaCriterion> value) {
        return new Activity(
                id,
                name,
                description,
                owner,
                role,
                controllers,
                status,
                dataSubjects,
                dataCategories,
                recipients,
                purposes,
                transfers,
                retention,
                securityMeasures,
                statutoryRequirement,
                automatedDecisions,
                dpia,
                reviewedOn,
                reviewDue,
                notes,
                value);
    }
}
