package dk.valghalla.bootstrap.benchmark;

import dk.valghalla.application.tenant.port.in.RegisterTenantUseCase;
import dk.valghalla.bootstrap.support.Api;
import dk.valghalla.bootstrap.support.ExportFiles;
import dk.valghalla.bootstrap.support.TestLogins;
import dk.valghalla.bootstrap.support.TestTenants;
import dk.valghalla.bootstrap.support.ValghallaTestEnvironment;
import dk.valghalla.domain.tenant.Tenant;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The participant export over 50,000 participants, through HTTP against the running app (CSV and XLSX): time, bytes,
 * time to the first bytes, and the JVM's peak heap during the export. Not a test: it runs only with
 * {@code -Pbenchmark} (see docs/performance.md) and writes its figures to {@code target/benchmark/}.
 */
@QuarkusTest
@QuarkusTestResource(ValghallaTestEnvironment.class)
class ParticipantExportBenchmark {
    private static final int PARTICIPANTS = Integer.getInteger("benchmark.participants", 50_000);
    private static final long MB = 1024 * 1024;

    @Inject
    RegisterTenantUseCase registerTenant;
    @Inject
    AgroalDataSource dataSource;
    @TestHTTPResource("/")
    URL root;

    @Test
    void exportFiftyThousandParticipants() throws Exception {
        Tenant tenant = TestTenants.register(registerTenant, "benchmark", "0999");
        String admin = TestLogins.admin("Bente Benchmark", tenant.cvr().value());
        String team = Api.as(tenant, admin).body("{\"name\":\"Frivillige – Ærø\",\"shortName\":\"F\"}")
                .post("/api/admin/teams").then().statusCode(201).extract().path("id");
        long insertStart = System.nanoTime();
        insert(tenant.id().schemaName(), team);
        long insertMillis = (System.nanoTime() - insertStart) / 1_000_000;

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> lines = new ArrayList<>();
        lines.add("Inserted " + PARTICIPANTS + " participants with SQL in " + insertMillis + " ms; max heap "
                + Runtime.getRuntime().maxMemory() / MB + " MB");
        lines.add("| Format | Rows | Bytes | First bytes after | Whole file after | Heap used before | Peak heap during | Old gen before → peak |");
        lines.add("|---|---|---|---|---|---|---|---|");
        for (String format : List.of("csv", "xlsx", "csv", "xlsx")) {
            Measurement m = export(http, tenant, admin, format);
            lines.add(String.format(Locale.ROOT, "| %s | %d | %,d | %d ms | %d ms | %d MB | %d MB | %d → %d MB |",
                    format.toUpperCase(Locale.ROOT), m.rows, m.bytes, m.firstByteMillis, m.totalMillis,
                    m.heapBefore / MB, m.heapPeak / MB, m.oldBefore / MB, m.oldPeak / MB));
            assertThat(m.rows).isEqualTo(PARTICIPANTS);
        }
        lines.forEach(System.out::println);
        Path out = Path.of("target", "benchmark", "participant-export.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
    }

    private record Measurement(long rows, long bytes, long firstByteMillis, long totalMillis, long heapBefore,
                               long heapPeak, long oldBefore, long oldPeak) {
    }

    private Measurement export(HttpClient http, Tenant tenant, String admin, String format) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + root.getPort()
                        + "/api/admin/participants/export?format=" + format
                        + "&columns=NAME,CPR_MASKED,BIRTH_DATE,AGE,ADDRESS,POSTAL_CODE,CITY,MOBILE,EMAIL,TEAMS,DIGITAL_POST,ELIGIBILITY"))
                .header("Host", TestTenants.host(tenant))
                .header("Authorization", "Bearer " + admin).GET().build();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        MemoryPoolMXBean old = heap.stream().filter(p -> p.getName().contains("Old")).findFirst().orElseThrow();
        long oldBefore = old.getUsage().getUsed();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);

        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new AssertionError(response.statusCode() + ": " + new String(response.body().readAllBytes()));
        }
        Path file = Files.createTempFile("export", "." + format);
        long bytes = 0;
        long firstByte = -1;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body(); var sink = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (firstByte < 0) {
                    firstByte = System.nanoTime();
                }
                bytes += n;
                sink.write(buffer, 0, n);
            }
        }
        long end = System.nanoTime();
        // Pools peak at different moments, so the sum is an upper bound of the peak heap.
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        // What survived young collections during the export: rows held on to would pile up here.
        long oldPeak = old.getPeakUsage().getUsed();

        byte[] content = Files.readAllBytes(file);
        Files.delete(file);
        long rows = (format.equals("csv") ? ExportFiles.csv(content).size() : ExportFiles.xlsx(content).size()) - 1;
        return new Measurement(rows, bytes, (firstByte - start) / 1_000_000, (end - start) / 1_000_000, before, peak, oldBefore,
                oldPeak);
    }

    /** 50,000 participants in one team, every 50th with a protected address, with Danish names. */
    private void insert(String schema, String team) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set search_path to " + schema);
            s.execute("insert into participant (id, cpr_sealed, cpr_lookup_key, cpr_masked, first_names, middle_name,"
                    + " last_name, addressing_name, full_name, birth_date, cpr_status, street_address, postal_code,"
                    + " post_district, municipality_code, co_name, citizenship, guardianship, address_protected,"
                    + " digital_post, cpr_fetched_at, mobile, email, created_at)"
                    + " select gen_random_uuid(), 'v1.bench.' || g, md5('bench' || g), to_char(d, 'DDMMYY') || '-XXXX',"
                    + " 'Søren', 'Østergård', 'Æbelø' || g, 'Æbelø' || g || ',Søren', 'Søren Østergård Æbelø' || g, d,"
                    + " 'ACTIVE', 'Åboulevarden ' || (g % 200) || ', 2. th', '8000', 'Aarhus C', '0999', null, 5100,"
                    + " 'NONE', g % 50 = 0, case when g % 7 = 0 then 'NOT_SUBSCRIBED' else 'SUBSCRIBED' end, now(),"
                    + " (20000000 + g)::text, 'deltager' || g || '@example.dk', now()"
                    + " from generate_series(1, " + PARTICIPANTS + ") g,"
                    + " lateral (select date '" + LocalDate.of(1950, 1, 1) + "' + (g % 20000) as d) born");
            s.execute("insert into participant_team (participant_id, team_id) select id, '" + team + "' from participant");
            s.execute("analyze participant");
        }
    }
}
