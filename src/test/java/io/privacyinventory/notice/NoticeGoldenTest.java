package io.privacyinventory.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The notices of both samples, in both languages and all three formats, compared byte for byte
 * with the files in {@code src/test/resources/golden/notice/}. After a deliberate change, rewrite
 * them with {@code mvn test -Dtest=NoticeGoldenTest -Dgolden.update=true}, then read the diff.
 */
class NoticeGoldenTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "notice");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static List<Arguments> notices() {
        List<Arguments> notices = new ArrayList<>();
        for (Path sample : TestInventories.SAMPLES) {
            for (NoticeLanguage language : NoticeLanguage.values()) {
                for (NoticeFormat format : NoticeFormat.values()) {
                    notices.add(Arguments.of(sample, language, format));
                }
            }
        }
        return notices;
    }

    static Path goldenFile(Path sample, NoticeLanguage language, NoticeFormat format) {
        String name = sample.getFileName().toString().replaceFirst("\\.json$", "");
        return GOLDEN.resolve(name + "." + language.code() + "." + format.extension());
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("notices")
    void noticeMatchesItsGoldenFile(Path sample, NoticeLanguage language, NoticeFormat format) throws Exception {
        String notice =
                NoticeComposer.compose(TestInventories.read(sample), language).render(format);
        Path golden = goldenFile(sample, language, format);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, notice, StandardCharsets.UTF_8);
        }
        assertThat(golden)
                .as("golden file; create it with -Dgolden.update=true")
                .exists();
        assertThat(notice).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
