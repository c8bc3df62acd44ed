package org.modesign.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the CSV as spreadsheets write it: encodings, delimiters, quotes, line ends, limits. */
class CsvFileTest {

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithAndWithoutAByteOrderMark() throws UnusableCsv {
        String text = "title,team\nAnalyst,数据\n";
        CsvFile plain = CsvFile.parse(text.getBytes(StandardCharsets.UTF_8));
        CsvFile bom = CsvFile.parse(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("title", "team"), plain.header());
        assertEquals(plain, bom);
        assertEquals(List.of(new CsvRow(2, List.of("Analyst", "数据"))), bom.rows());
    }

    @Test
    void takesSemicolonsWhenTheHeaderHasNoComma() throws UnusableCsv {
        CsvFile table = CsvFile.parse(bytes("title;fte;team\n\"Analyst, EMEA\";0,5;Data\n"));
        assertEquals(List.of("title", "fte", "team"), table.header());
        assertEquals(List.of("Analyst, EMEA", "0,5", "Data"), table.rows().get(0).values());
        assertEquals(',', CsvFile.delimiter("title,fte;x\n"));
        assertEquals(';', CsvFile.delimiter("\n  \ntitle;fte\n"));
    }

    @Test
    void keepsTheLineEachRowStartsOnAcrossQuotedLineBreaksCrlfAndBlankLines() throws UnusableCsv {
        String text = "\r\ntitle,notes\r\n\r\nA,\"two\r\nlines\"\r\n , \r\nB,\"say \"\"hi\"\"\"\r\nC,x";
        CsvFile table = CsvFile.parse(bytes(text));
        assertEquals(List.of("title", "notes"), table.header());
        assertEquals(List.of(
                new CsvRow(4, List.of("A", "two\r\nlines")),
                new CsvRow(7, List.of("B", "say \"hi\"")),
                new CsvRow(8, List.of("C", "x"))), table.rows());
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        byte[] gbk = "title\n数据分析师\n".getBytes(Charset.forName("GBK"));
        assertEquals(ImportMessage.NOT_UTF8, refusal(gbk));
        assertEquals(ImportMessage.NOT_UTF8, refusal("title\nA\n".getBytes(StandardCharsets.UTF_16)));
        assertEquals(ImportMessage.NOT_UTF8, refusal("title\nA\n".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void refusesAnEmptyFile() {
        assertEquals(ImportMessage.EMPTY, refusal(bytes("")));
        assertEquals(ImportMessage.EMPTY, refusal(bytes("\uFEFF \r\n\n")));
    }

    @Test
    void refusesABrokenQuoteNamingTheLineItStartsOn() {
        UnusableCsv unclosed = assertThrows(UnusableCsv.class,
                () -> CsvFile.parse(bytes("title\nA\n\"B\nC\nD\n")));
        assertEquals(ImportText.of(ImportMessage.BAD_QUOTES, 3), unclosed.text());
        assertEquals("the file is not valid CSV near line 3: a double quote is not closed or is followed by "
                + "other text", unclosed.getMessage());
        UnusableCsv trailing = assertThrows(UnusableCsv.class,
                () -> CsvFile.parse(bytes("title,team\nA,b\n\"C\"x,d\n")));
        assertEquals(ImportText.of(ImportMessage.BAD_QUOTES, 3), trailing.text());
    }

    @Test
    void refusesMoreThanTwoHundredThousandRows() throws UnusableCsv {
        StringBuilder sb = new StringBuilder("title\n");
        for (int i = 0; i < CsvFile.MAX_ROWS; i++) {
            sb.append("r\n");
        }
        assertEquals(CsvFile.MAX_ROWS, CsvFile.parse(bytes(sb.toString())).rows().size());
        sb.append("one too many\n");
        UnusableCsv e = assertThrows(UnusableCsv.class, () -> CsvFile.parse(bytes(sb.toString())));
        assertEquals("the file has more than the limit of 200,000 rows", e.getMessage());
    }

    @Test
    void refusesAFileOverSixtyFourMebibytesWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.csv");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(CsvFile.MAX_BYTES + 1);
        }
        UnusableCsv e = assertThrows(UnusableCsv.class, () -> CsvFile.read(big));
        assertEquals("the file is 67,108,865 bytes long, more than the limit of 64 MiB (67,108,864 bytes)",
                e.getMessage());
    }

    @Test
    void saysWhenTheFileIsMissingOrAFolder() throws IOException, UnusableCsv {
        assertEquals(ImportMessage.FILE_MISSING,
                assertThrows(UnusableCsv.class, () -> CsvFile.read(dir.resolve("none.csv"))).text().message());
        assertEquals(ImportMessage.FILE_IS_FOLDER,
                assertThrows(UnusableCsv.class, () -> CsvFile.read(dir)).text().message());
        Path file = Files.writeString(dir.resolve("ok.csv"), "title\nA\n");
        assertEquals(1, CsvFile.read(file).rows().size());
    }

    private static ImportMessage refusal(byte[] bytes) {
        return assertThrows(UnusableCsv.class, () -> CsvFile.parse(bytes)).text().message();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
