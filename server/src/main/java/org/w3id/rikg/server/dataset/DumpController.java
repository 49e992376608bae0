package org.w3id.rikg.server.dataset;

import org.w3id.rikg.server.web.Conditional;
import org.w3id.rikg.server.web.Problems;
import org.w3id.rikg.server.web.ServiceUrls;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;
import java.nio.file.Files;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.w3id.rikg.server.store.GraphStore;

/**
 * The whole dataset as one gzipped file: {@code /dumps/rikg.nq.gz} (N-Quads) and
 * {@code /dumps/rikg.trig.gz} (TriG). Every named graph, the server's load log included.
 *
 * <ul>
 * <li>Consistent: the ETag and every quad come from one read transaction, one snapshot of the store.</li>
 * <li>Written once per store version into a file ({@link DumpCache}), then sent from it: {@code HEAD} and
 *     {@code GET} both tell the true {@code Content-Length}; the dataset is never held in memory.</li>
 * <li>{@code Content-Type: application/gzip}: the resource is a .gz file (RFC 6713). Not
 *     {@code application/n-quads} with {@code Content-Encoding: gzip}, which clients would silently
 *     decompress into a file still named .gz. The RDF type inside is stated in the dataset description
 *     ({@code dcat:mediaType}, {@code dcat:compressFormat}).</li>
 * <li>Weak {@code ETag} and {@code Last-Modified} from the store version: they change exactly when the
 *     data does; {@code If-None-Match} and {@code If-Modified-Since} get 304.</li>
 * </ul>
 */
@Controller
public class DumpController {

    private final GraphStore store;
    private final DumpCache cache;

    public DumpController(GraphStore store, DumpCache cache) {
        this.store = store;
        this.cache = cache;
    }

    @RequestMapping(value = ServiceUrls.DUMPS_PATH + "{fileName:.+}", method = {RequestMethod.GET, RequestMethod.HEAD})
    public void dump(@PathVariable String fileName, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<DumpFormat> format = DumpFormat.byFileName(fileName);
        if (format.isEmpty()) {
            Problems.send(request, response, Problems.of(org.springframework.http.HttpStatus.NOT_FOUND, "Unknown dump",
                    "No dump " + fileName + ". Dumps: " + Arrays.stream(DumpFormat.values())
                            .map(f -> ServiceUrls.DUMPS_PATH + f.fileName()).toList() + "."));
            return;
        }
        DumpCache.Dump dump = cache.current(format.get());
        response.setContentType(DumpFormat.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(format.get().fileName()).build().toString());
        if (Conditional.notModified(dump.version(), format.get().name().toLowerCase(java.util.Locale.ROOT), request, response)) {
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLengthLong(Files.size(dump.file()));
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(dump.file(), out);
        }
    }

}
