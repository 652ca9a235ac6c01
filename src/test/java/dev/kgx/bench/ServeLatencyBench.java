package dev.kgx.bench;

import dev.kgx.store.KgxStore;
import dev.kgx.store.SavedQuery;
import org.apache.jena.query.Query;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times every saved query through a running {@code kgx serve}: each query with its parameters bound, as its first
 * page (a SELECT without a LIMIT gets {@code LIMIT page}), run {@code runs} times after one warm-up run; prints
 * one line per query: {@code name p50_seconds min max runs status}. A query whose warm-up run takes longer than
 * {@code kgx.bench.slow} seconds (default 30) is not run again: that run is its figure. A query that fails or times
 * out is reported as such.
 * <p>
 * Usage: {@code ServeLatencyBench URL QUERIES_DIR RUNS PAGE [NAME=VALUE...]} (the values of the queries'
 * parameters, e.g. {@code name=Tesla file=gen/0000001.txt}).
 */
public final class ServeLatencyBench {
    private ServeLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path folder = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        long page = Long.parseLong(args[3]);
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 4; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            values.put(kv[0], kv[1]);
        }
        double slow = Double.parseDouble(System.getProperty("kgx.bench.slow", "30"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (SavedQuery saved : SavedQuery.list(folder)) {
            Map<String, String> bound = new LinkedHashMap<>();
            saved.params().keySet().forEach(p -> bound.put(p, values.getOrDefault(p, "")));
            Query query = KgxStore.parse(saved.bind(bound));
            if (query.isSelectType() && !query.hasLimit()) {
                query.setLimit(page);
            }
            String text = query.serialize();
            List<Double> seconds = new ArrayList<>();
            String status = "ok";
            for (int run = 0; run <= runs && status.equals("ok"); run++) {
                long t0 = System.nanoTime();
                HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/sparql"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/csv")
                        .timeout(Duration.ofSeconds(Long.getLong("kgx.bench.timeout", 600)))
                        .POST(HttpRequest.BodyPublishers.ofString("query="
                                + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                        .build();
                HttpResponse<String> response;
                try {
                    response = http.send(request, HttpResponse.BodyHandlers.ofString());
                } catch (java.net.http.HttpTimeoutException e) {
                    // the server went on past its own timeout: the query is reported as stopped, the others run
                    status = "stopped";
                    break;
                }
                double s = (System.nanoTime() - t0) / 1e9;
                if (response.statusCode() != 200) {
                    status = "http-" + response.statusCode();
                } else if (run > 0) { // the first run warms the caches
                    seconds.add(s);
                } else if (s > slow) {
                    seconds.add(s); // too slow to repeat: the one run is the figure
                    break;
                }
            }
            seconds.sort(Double::compare);
            if (seconds.isEmpty()) {
                System.out.printf(Locale.ROOT, "%s - - - 0 %s%n", saved.name(), status);
            } else {
                System.out.printf(Locale.ROOT, "%s %.3f %.3f %.3f %d %s%n", saved.name(),
                        seconds.get((seconds.size() - 1) / 2), seconds.get(0), seconds.get(seconds.size() - 1),
                        seconds.size(), status);
            }
        }
    }
}
