package org.w3id.rikg.server.sparql;

import org.w3id.rikg.server.web.FilterOrder;
import org.w3id.rikg.server.web.ServiceUrls;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.w3id.rikg.server.web.PlainTextError;

/**
 * Bounds what a request to {@code /sparql} may send before anything parses it.
 *
 * <p>The SPARQL parser's cost grows with the square of a token's length (a 10 MB comment took 90 s of
 * CPU, outside any timeout), so the request body is read here, up to {@code rikg.sparql.max-request-size}:
 * beyond it the answer is 413, whether the client declared the length or streamed it. A form is decoded
 * here too (Jetty's own limit would answer 500), and the request passes on with the body in memory. Only
 * GET, HEAD, POST and OPTIONS reach the endpoint; other methods get 405. The {@code output=} and
 * {@code format=} parameters that SPARQL clients send (SPARQLWrapper: {@code rdf+xml}, {@code n3}, …) are
 * mapped to the names Fuseki knows ({@link OutputFormats}); values it cannot map are dropped, so that the
 * {@code Accept} header decides.
 */
@Component
public class SparqlRequestFilter extends OncePerRequestFilter implements Ordered {

    /** Before the service description and Fuseki. */
    public static final int ORDER = FilterOrder.SPARQL_REQUEST_LIMITS;

    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "OPTIONS");

    /** How much of an over-long streamed body is read and discarded so that the client sees the 413. */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    private final long maxBytes;

    public SparqlRequestFilter(SparqlProperties properties) {
        this.maxBytes = properties.maxRequestSize().toBytes();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.equals(ServiceUrls.SPARQL_PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (!METHODS.contains(method)) {
            response.setHeader("Allow", String.join(", ", METHODS));
            PlainTextError.send(response, 405, method + " is not supported here: send a SPARQL query by GET or POST.");
            return;
        }
        if (!"POST".equals(method)) {
            Map<String, String[]> given = request.getParameterMap();
            if (given.containsKey("output") || given.containsKey("format")) {
                Map<String, List<String>> parameters = new LinkedHashMap<>();
                given.forEach((k, v) -> parameters.put(k, new ArrayList<>(List.of(v))));
                chain.doFilter(new BufferedRequest(request, new byte[0], OutputFormats.normalise(parameters)), response);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            if (declared <= DRAIN_LIMIT) {
                // Read the announced body (bounded) so that the client, still sending, reads the 413.
                drain(request.getInputStream());
            }
            tooLarge(response);
            return;
        }
        byte[] body;
        InputStream in = request.getInputStream();
        body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            // The client is still sending: read on (up to a bound) so that it gets to read the answer.
            drain(in);
            tooLarge(response);
            return;
        }
        Charset charset = charset(request);
        if (charset == null) {
            PlainTextError.send(response, 415, "Unknown charset in '" + request.getContentType()
                    + "': send the query in UTF-8.");
            return;
        }
        Map<String, List<String>> parameters = queryStringParameters(request, charset);
        if (isForm(request)) {
            try {
                decode(new String(body, charset), charset, parameters);
            } catch (IllegalArgumentException e) {
                PlainTextError.send(response, 400, "The form is not valid application/x-www-form-urlencoded: "
                        + e.getMessage());
                return;
            }
        }
        chain.doFilter(new BufferedRequest(request, body, OutputFormats.normalise(parameters)), response);
    }

    private static void drain(InputStream in) {
        try {
            byte[] sink = new byte[8192];
            long drained = 0;
            for (int n; drained < DRAIN_LIMIT && (n = in.read(sink)) > 0; ) {
                drained += n;
            }
        } catch (IOException e) {
            // The client has gone; the answer may not reach it.
        }
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        PlainTextError.send(response, 413, "The request is larger than " + maxBytes / 1024 + " KiB, the most this "
                + "endpoint reads. Send a shorter query.");
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(type));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static final java.util.regex.Pattern CHARSET =
            java.util.regex.Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^;\"\\s]*)");

    private static Charset charset(HttpServletRequest request) {
        String type = request.getContentType();
        java.util.regex.Matcher m = CHARSET.matcher(type == null ? "" : type);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, List<String>> queryStringParameters(HttpServletRequest request, Charset charset) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String query = request.getQueryString();
        if (query != null) {
            try {
                decode(query, charset, parameters);
            } catch (IllegalArgumentException e) {
                // Jetty has decoded the query string already; keep its reading.
                request.getParameterMap().forEach((k, v) -> parameters.put(k, new ArrayList<>(List.of(v))));
            }
        }
        return parameters;
    }

    static void decode(String form, Charset charset, Map<String, List<String>> into) {
        if (form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), charset);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset);
            into.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    /** The request with its body read into memory and its parameters decoded. */
    static final class BufferedRequest extends HttpServletRequestWrapper {
        private final byte[] body;
        private final Map<String, String[]> parameters;

        BufferedRequest(HttpServletRequest request, byte[] body, Map<String, List<String>> parameters) {
            super(request);
            this.body = body;
            Map<String, String[]> map = new LinkedHashMap<>();
            parameters.forEach((k, v) -> map.put(k, v.toArray(String[]::new)));
            this.parameters = Collections.unmodifiableMap(map);
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }
    }
}
