package io.privacyinventory.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.HostileTexts;
import io.privacyinventory.RandomInventory;
import io.privacyinventory.model.Inventory;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Whatever an inventory's texts hold, no cell of either layout starts like a spreadsheet formula. */
class CsvFormulaGuardPropertyTest {
    private static final String FORMULA_STARTS = "=+-@\t\r\n";

    @Provide
    Arbitrary<Inventory> hostileInventories() {
        return Arbitraries.randoms()
                .flatMap(random -> HostileTexts.strings()
                        .list()
                        .ofMinSize(1)
                        .ofMaxSize(30)
                        .map(strings -> HostileTexts.rewrite(
                                RandomInventory.generate(new Random(random.nextLong())), strings)));
    }

    @Provide
    Arbitrary<CsvOptions> options() {
        return Arbitraries.of(CsvOptions.LANGUAGES)
                .flatMap(language -> Arbitraries.of(CsvDelimiter.class)
                        .flatMap(delimiter ->
                                Arbitraries.of(true, false).map(mark -> new CsvOptions(language, delimiter, mark))));
    }

    @Property(tries = 200)
    void noCellStartsWithAFormulaCharacter(
            @ForAll("hostileInventories") Inventory inventory, @ForAll("options") CsvOptions options) {
        for (CsvLayout layout : CsvLayout.values()) {
            List<List<String>> rows = CsvTestFiles.exportAndParse(inventory, layout, options);
            int guarded = 0;
            for (List<String> row : rows) {
                for (String cell : row) {
                    assertThat(cell.isEmpty() ? -1 : FORMULA_STARTS.indexOf(cell.charAt(0)))
                            .as("%s cell %s", layout, cell)
                            .isNegative();
                    if (cell.length() > 1 && cell.charAt(0) == FormulaGuard.MARK) {
                        guarded++;
                    }
                }
            }
            Statistics.label("guarded cells").collect(guarded == 0 ? "none" : guarded < 10 ? "1-9" : "10+");
        }
    }
}
