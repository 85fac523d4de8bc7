package io.privacyinventory.ui.organisation;

import io.privacyinventory.model.Contact;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.RecordFields;
import io.privacyinventory.model.SupervisoryAuthority;
import io.privacyinventory.model.Syntax;
import io.privacyinventory.model.Terms;
import io.privacyinventory.ui.Messages;
import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.form.Choices;
import io.privacyinventory.ui.form.Commit;
import io.privacyinventory.ui.form.Dialogs;
import io.privacyinventory.ui.form.FieldProblem;
import io.privacyinventory.ui.form.Forms;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Organisation & notice: who is responsible (controller, DPO, representative, supervisory
 * authority), what the notice says about itself, and the inventory's languages.
 */
public final class OrganisationView implements io.privacyinventory.ui.SectionView {
    private final InventoryDocument document;
    private final Messages messages;
    private final ObservableValue<String> language;
    private final ScrollPane root;
    private final Runnable[] refreshers;
    private javafx.util.Subscription subscription;
    private boolean showing;
    private AudienceEditor audiences;

    public OrganisationView(InventoryDocument document, Messages messages, ObservableValue<String> language) {
        this.document = document;
        this.messages = messages;
        this.language = language;
        List<Runnable> refresh = new java.util.ArrayList<>();

        GridPane organisation = Forms.grid();
        int row = 0;
        row = stringRow(
                organisation,
                row,
                "org.name",
                "organisationName",
                Organisation::name,
                (o, v) -> RecordFields.with(o, "name", v == null ? "" : v),
                refresh,
                false);
        for (String field : List.of("address", "email", "phone", "website")) {
            row = stringRow(
                    organisation,
                    row,
                    "org." + field,
                    null,
                    o -> (String) RecordFields.get(o, field),
                    (o, v) -> RecordFields.with(o, field, v),
                    refresh,
                    field.equals("website"));
        }
        row = countryRow(organisation, row, refresh);

        GridPane dpo = contactGrid(Organisation::dpo, (o, c) -> RecordFields.with(o, "dpo", c), refresh);
        GridPane representative =
                contactGrid(Organisation::representative, (o, c) -> RecordFields.with(o, "representative", c), refresh);
        GridPane authority = Forms.grid();
        int authorityRow = stringRow(
                authority,
                0,
                "org.authorityName",
                null,
                o -> o.supervisoryAuthority() == null
                        ? null
                        : o.supervisoryAuthority().name(),
                (o, v) -> withAuthority(
                        o,
                        v,
                        o.supervisoryAuthority() == null
                                ? null
                                : o.supervisoryAuthority().website()),
                refresh,
                false);
        stringRow(
                authority,
                authorityRow,
                "org.authorityWebsite",
                null,
                o -> o.supervisoryAuthority() == null
                        ? null
                        : o.supervisoryAuthority().website(),
                (o, v) -> withAuthority(
                        o,
                        o.supervisoryAuthority() == null
                                ? null
                                : o.supervisoryAuthority().name(),
                        v),
                refresh,
                true);

        NoticeSettingsForm notice = new NoticeSettingsForm(document, messages, language, () -> showing);
        refresh.add(notice::refresh);

        audiences = new AudienceEditor(document, messages, language, () -> showing);
        refresh.add(audiences::refresh);

        GridPane languages = Forms.grid();
        TextField languageList = new TextField();
        languageList.setId("inventoryLanguages");
        Commit.onDone(
                languageList,
                () -> {
                    List<String> typed = Arrays.stream(languageList.getText().split("[,\\s]+"))
                            .map(String::strip)
                            .filter(value -> !value.isEmpty())
                            .toList();
                    if (!typed.equals(document.expected().languages()) && !typed.isEmpty()) {
                        document.setLanguages(typed);
                    }
                },
                () -> languageList.setText(
                        String.join(", ", document.inventory().languages())));
        Forms.addRow(languages, 0, messages.get("org.languages"), languageList);
        refresh.add(() -> {
            if (!languageList.isFocused()) {
                languageList.setText(String.join(", ", document.inventory().languages()));
            }
        });

        VBox content = new VBox(
                14,
                heading("org.section.organisation"),
                hint("org.organisationHint"),
                organisation,
                heading("org.section.dpo"),
                dpo,
                heading("org.section.representative"),
                hint("org.representativeHint"),
                representative,
                heading("org.section.authority"),
                authority,
                heading("org.section.notice"),
                notice.node(),
                heading("audiences.heading"),
                audiences.node(),
                heading("org.section.languages"),
                hint("org.languagesHint"),
                languages);
        content.setPadding(new Insets(16, 24, 24, 24));
        content.setMaxWidth(900);
        content.setDisable(document.isReadOnly());
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("organisationView");
        refreshers = refresh.toArray(new Runnable[0]);
        activate();
    }

    @Override
    public Node root() {
        return root;
    }

    /** Shows the document's values now and whenever they, a refused edit or the content language change. */
    @Override
    public void activate() {
        if (subscription == null) {
            subscription = javafx.util.Subscription.combine(
                    document.inventoryProperty().subscribe(inventory -> refresh()),
                    document.lastErrorProperty().subscribe(error -> refresh()),
                    language.subscribe(value -> refresh()));
        }
    }

    @Override
    public void deactivate() {
        if (subscription != null) {
            subscription.unsubscribe();
            subscription = null;
        }
    }

    /** The audiences' editor, for tests in this package. */
    AudienceEditor audienceEditor() {
        return audiences;
    }

    private void refresh() {
        showing = true;
        try {
            for (Runnable refresher : refreshers) {
                refresher.run();
            }
        } finally {
            showing = false;
        }
    }

    private static Organisation withAuthority(Organisation o, String name, String website) {
        SupervisoryAuthority authority =
                name == null && website == null ? null : new SupervisoryAuthority(name, website);
        return RecordFields.with(o, "supervisoryAuthority", authority);
    }

    private void updateOrganisation(UnaryOperator<Organisation> change) {
        if (!showing) {
            document.changeOrganisation(change);
        }
    }

    private int stringRow(
            GridPane grid,
            int row,
            String key,
            String id,
            Function<Organisation, String> get,
            BiFunction<Organisation, String, Organisation> set,
            List<Runnable> refresh,
            boolean link) {
        TextField field = new TextField();
        if (id != null) {
            field.setId(id);
        }
        if (link) {
            field.setPromptText("https://");
        }
        boolean email = key.endsWith(".email");
        FieldProblem problem = new FieldProblem(field);
        Commit.onDone(
                field,
                () -> {
                    Organisation current = document.expected().organisation();
                    String typed = Forms.blankToNull(field.getText());
                    if (Objects.equals(typed, get.apply(current))) {
                        return;
                    }
                    if (link && typed != null && !Syntax.isWebAddress(typed)) {
                        field.setText(Objects.toString(get.apply(current), ""));
                        warn(messages.get("catalog.badUrl", typed));
                        return;
                    }
                    if (email && typed != null && !Syntax.isEmail(typed)) {
                        problem.show(messages.get("editor.notAnEmail", typed));
                        return;
                    }
                    problem.clear();
                    updateOrganisation(o -> set.apply(o, typed));
                },
                () -> {
                    problem.clear();
                    field.setText(
                            Objects.toString(get.apply(document.inventory().organisation()), ""));
                });
        refresh.add(() -> {
            if (!field.isFocused() && !problem.isShown()) {
                field.setText(Objects.toString(get.apply(document.inventory().organisation()), ""));
            }
        });
        Forms.addRow(grid, row, messages.get(key), email ? problem.withField() : field);
        return row + 1;
    }

    /** Where the organisation is established: outside the EEA it needs a representative (Art. 27). */
    private int countryRow(GridPane grid, int row, List<Runnable> refresh) {
        Terms terms = Terms.forLocale(messages.locale());
        Collator collator = Collator.getInstance(messages.locale());
        Choices<String> country = new Choices<>(
                Arrays.stream(Locale.getISOCountries())
                        .sorted(Comparator.comparing(terms::country, collator))
                        .toList(),
                true,
                terms::country,
                messages.get("choice.none"),
                true,
                value -> updateOrganisation(o -> RecordFields.with(o, "country", value)));
        country.searchPrompt(messages.get("editor.search"));
        country.control().setId("organisationCountry");
        country.control().setMaxWidth(Double.MAX_VALUE);
        refresh.add(() -> country.set(document.inventory().organisation().country()));
        Forms.addRow(grid, row, messages.get("org.country"), country.control());
        return row + 1;
    }

    private GridPane contactGrid(
            Function<Organisation, Contact> get,
            BiFunction<Organisation, Contact, Organisation> set,
            List<Runnable> refresh) {
        GridPane grid = Forms.grid();
        String[] keys = {"contact.name", "contact.email", "contact.phone", "contact.address"};
        for (int i = 0; i < keys.length; i++) {
            int part = i;
            stringRow(
                    grid,
                    i,
                    keys[i],
                    null,
                    o -> partOf(get.apply(o), part),
                    (o, value) -> {
                        Contact old = get.apply(o);
                        String[] parts = {partOf(old, 0), partOf(old, 1), partOf(old, 2), partOf(old, 3)};
                        parts[part] = value;
                        boolean none = Arrays.stream(parts).allMatch(Objects::isNull);
                        return set.apply(o, none ? null : new Contact(parts[0], parts[1], parts[2], parts[3]));
                    },
                    refresh,
                    false);
        }
        return grid;
    }

    private static String partOf(Contact contact, int part) {
        if (contact == null) {
            return null;
        }
        return switch (part) {
            case 0 -> contact.name();
            case 1 -> contact.email();
            case 2 -> contact.phone();
            default -> contact.address();
        };
    }

    private void warn(String text) {
        Dialogs.editRefused(root, messages.get("error.editRefused"), text);
    }

    private Label heading(String key) {
        return Forms.heading(messages.get(key));
    }

    private Label hint(String key) {
        return Forms.hint(messages.get(key));
    }
}
