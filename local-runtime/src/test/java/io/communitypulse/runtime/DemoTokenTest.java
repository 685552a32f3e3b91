package io.communitypulse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.api.auth.Role;
import io.communitypulse.api.auth.TokenStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTokenTest {

    @Test
    void keepsTheSameTokenAcrossDemoRunsAndGrantsItEveryBrand(@TempDir Path dataDir) throws Exception {
        DemoToken first = DemoToken.in(dataDir);
        DemoToken second = DemoToken.in(dataDir);

        assertThat(second.token()).isEqualTo(first.token()).startsWith("demo-").hasSizeGreaterThan(40);
        assertThat(second.tokenFile()).content().isEqualToIgnoringNewLines(first.token());
        assertThat(TokenStore.fromFile(second.tokensConfig()).find(first.token()))
                .hasValueSatisfying(token -> {
                    assertThat(token.scope().brandFilter()).as("all brands").isEmpty();
                    assertThat(token.roleFor("any_brand")).as("acknowledges on the dashboard").contains(Role.ADMIN);
                });
    }
}
