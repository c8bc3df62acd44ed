package org.modesign.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes an HR export of the Workday kind with N made-up people, for timing {@code import-csv} as a
 * whole process (issue 15's budget: 20,000 rows within 3 s on 2 cores): employee id, worker,
 * business title (60 marketing titles), a job profile, a supervisory organization named after its
 * manager (a manager and their direct reports; each manages six), the manager by name (the first
 * reports to someone outside the file),
 * location (15 cities and countries), FTE, worker type, time type (15 % part-time, without an FTE
 * but with hours) and a hire date. The same N gives the same file.
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests package && java -cp target/benchmarks.jar
 * org.modesign.bench.HrExportFile 20000 hr.csv && time java -jar target/modesign.jar import-csv hr.csv
 * --out hr.modesign}
 */
public final class HrExportFile {

    private static final String[] FIRST = {"Ann", "Bob", "Cara", "Dan", "Eve", "Finn", "Gia", "Hugo", "Ida", "Jon",
        "Kai", "Lea", "Max", "Nia", "Oli", "Pia", "Raj", "Sue", "Tom", "Uma", "Vic", "Wen", "Xia", "Yan", "Zoe"};
    private static final String[] LAST = {"Lee", "Stone", "Ng", "Park", "Cruz", "Weber", "Rossi", "Khan", "Sato",
        "Kim", "Lopez", "Meyer", "Brown", "Silva", "Chen", "Novak", "Dubois", "Haddad", "Okafor", "Smith"};
    private static final String[] TITLES = {"Chief Marketing Officer", "VP, Marketing Operations",
        "Director of Demand Generation", "Head of Marketing Technology", "Marketing Operations Manager",
        "Marketing Automation Specialist", "Marketo Administrator", "Salesforce Administrator",
        "Campaign Operations Specialist", "MarTech Manager", "Email Marketing Manager", "Marketing Data Analyst",
        "Marketing Analytics Manager", "Business Intelligence Analyst", "Senior Data Scientist, Marketing",
        "Insights Manager", "Attribution Analyst", "Market Research Analyst", "Web Developer",
        "Front-End Engineer, Marketing", "Marketing Integration Engineer", "Salesforce Developer", "Web Producer",
        "Data Engineer", "Demand Generation Manager", "Content Marketing Manager", "Brand Manager",
        "Field Marketing Manager", "Social Media Manager", "Product Marketing Manager", "Campaign Manager",
        "Digital Marketing Specialist", "SEO Specialist", "Paid Media Manager", "Events Coordinator", "Copywriter",
        "Graphic Designer", "Communications Manager", "PR Manager", "Growth Marketing Manager", "ABM Manager",
        "Partner Marketing Manager", "Lifecycle Marketing Manager", "Lead Generation Specialist",
        "Team Lead, Marketing Operations", "Head of CRM", "Marketing Coordinator", "Community Manager",
        "UX Designer", "Marketing Project Manager", "Customer Insights Analyst", "Reporting Analyst",
        "Director, Marketing Analytics", "BI Developer", "Office Coordinator", "Marketing Assistant",
        "Brand Ambassador", "Video Producer", "Content Strategist", "Web Analyst"};
    private static final String[] PLACES = {"New York, NY, United States", "London, United Kingdom",
        "Berlin, Germany", "Singapore", "Austin, TX", "Toronto", "Boston, MA", "Dubai", "Milan", "Tokyo Office",
        "Sydney, Australia", "Paris", "São Paulo", "Shanghai", "Bangalore"};
    private static final int SPAN = 6;

    private HrExportFile() {
    }

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        write(rows, Path.of(args[1]));
    }

    static void write(int rows, Path file) throws IOException {
        Random random = new Random(rows);
        List<String> names = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            names.add(FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + " " + i);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Employee ID,Worker,Business Title,Job Profile,Supervisory Organization,Manager,Location,FTE,"
                    + "Worker Type,Time Type,Scheduled Weekly Hours,Hire Date\n");
            for (int i = 0; i < rows; i++) {
                int manager = i == 0 ? -1 : (i - 1) / SPAN;
                int head = (long) i * SPAN + 1 < rows || manager < 0 ? i : manager;
                boolean partTime = random.nextInt(100) < 15;
                String type = random.nextInt(10) < 8 ? "Employee" : random.nextBoolean() ? "Contingent Worker"
                        : "Agency Temp";
                out.write(String.join(",", String.format("E%05d", i), names.get(i),
                        quoted(TITLES[random.nextInt(TITLES.length)]), "Profile",
                        "Org " + head + " (" + names.get(head) + ")", manager < 0 ? "Jordan Blake" : names.get(manager),
                        quoted(PLACES[random.nextInt(PLACES.length)]), partTime ? "" : "1", type,
                        partTime ? "Part time" : "Full time", partTime ? String.valueOf(20 + 2 * random.nextInt(8)) : "40",
                        "2020-01-01"));
                out.write('\n');
            }
        }
    }

    private static String quoted(String value) {
        return value.indexOf(',') >= 0 ? "\"" + value + "\"" : value;
    }
}
