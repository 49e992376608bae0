package org.w3id.rikg.server.sparql.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Per-client shares, the server's maximum, and slots given back. */
class AdmissionTest {

    private final Admission admission = new Admission(3, 2, Duration.ofMillis(50));

    @Test
    void aClientGetsItsShareAndNoMore() {
        Admission.Permit a = admission.enter("10.0.0.1");
        Admission.Permit b = admission.enter("10.0.0.1");

        assertThatThrownBy(() -> admission.enter("10.0.0.1")).isInstanceOfSatisfying(Admission.Refused.class,
                r -> assertThat(r.refusal()).isEqualTo(Admission.Refusal.CLIENT_BUSY));
        assertThat(admission.running()).isEqualTo(2);

        a.close();
        admission.enter("10.0.0.1").close();
        b.close();
        assertThat(admission.running()).isZero();
    }

    @Test
    void theServerIsFullAtItsMaximum() {
        Admission.Permit a = admission.enter("10.0.0.1");
        Admission.Permit b = admission.enter("10.0.0.2");
        Admission.Permit c = admission.enter("10.0.0.3");

        assertThatThrownBy(() -> admission.enter("10.0.0.4")).isInstanceOfSatisfying(Admission.Refused.class,
                r -> assertThat(r.refusal()).isEqualTo(Admission.Refusal.SERVER_BUSY));

        c.close();
        c.close();
        assertThat(admission.running()).as("closing twice gives back one slot").isEqualTo(2);
        admission.enter("10.0.0.4").close();
        a.close();
        b.close();
        assertThat(admission.running()).isZero();
    }
}
