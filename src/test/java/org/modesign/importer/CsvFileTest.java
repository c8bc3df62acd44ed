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
        assertEquals(';', CsvFile.delimiter("Name;Vorgesetzter (Nachname, Vorname);Abteilung\n"));
        assertEquals('\t', CsvFile.delimiter("title\tteam\tfte,percent\n"));
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
    void readsWhatExcelSavesInOtherEncodings() throws UnusableCsv {
        String simplified = "职位,部门,姓名\n数据分析师,市场运营部,王芳\n营销自动化专员,市场部,李强\n";
        String traditional = "職位,部門,姓名\n資料分析師,行銷營運部,陳怡君\n行銷自動化專員,行銷部,林志明\n";
        String german = "Stellenbezeichnung;Abteilung;Name\nLeiterin Marketing;Öffentlichkeitsarbeit;Jürgen Müller\n";
        assertRead(simplified, Charset.forName("GBK"), "GBK");
        assertRead(simplified, Charset.forName("GB18030"), "GBK");
        assertRead(traditional, Charset.forName("Big5"), "Big5");
        assertRead(german, Charset.forName("windows-1252"), "Windows-1252");
        assertRead(simplified, StandardCharsets.UTF_16, "UTF-16BE");
        byte[] le = ("\uFEFF" + "title\tteam\nAnalyst\tData\n").getBytes(StandardCharsets.UTF_16LE);
        CsvFile unicodeText = CsvFile.parse(le);
        assertEquals(List.of("title", "team"), unicodeText.header(), "Excel's Unicode text: UTF-16LE with tabs");
        assertEquals("UTF-16LE", unicodeText.encoding());
    }

    @Test
    void refusesTextItCannotRead() {
        assertEquals(ImportMessage.NOT_UTF8, refusal("title\nA\n".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(ImportMessage.NOT_UTF8, refusal(new byte[] {'t', '\n', (byte) 0x81, 'a', (byte) 0x8D, '\n'}));
        assertEquals(ImportMessage.BAD_ENCODING, refusal(new byte[] {(byte) 0xFF, (byte) 0xFE, 't', 0, 0, (byte) 0xD8}));
        assertEquals("the file is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\" and try again",
                ImportText.of(ImportMessage.NOT_UTF8).english());
    }

    private static void assertRead(String text, Charset charset, String encoding) throws UnusableCsv {
        CsvFile table = CsvFile.parse(text.getBytes(charset));
        assertEquals(CsvFile.parse(bytes(text)).rows(), table.rows(), charset.name());
        assertEquals(encoding, table.encoding());
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
                assertThrows(UnusableCsv.class, () -> CsvFile.read(dir.resolve("none.csv"))).text().key());
        assertEquals(ImportMessage.FILE_IS_FOLDER,
                assertThrows(UnusableCsv.class, () -> CsvFile.read(dir)).text().key());
        Path file = Files.writeString(dir.resolve("ok.csv"), "title\nA\n");
        assertEquals(1, CsvFile.read(file).rows().size());
    }

    private static ImportMessage refusal(byte[] bytes) {
        return assertThrows(UnusableCsv.class, () -> CsvFile.parse(bytes)).text().key();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
