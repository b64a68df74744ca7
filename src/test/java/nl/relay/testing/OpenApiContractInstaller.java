package nl.relay.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;

/** Puts {@link OpenApiContract} in front of every REST Assured request of every @QuarkusTest class. */
public class OpenApiContractInstaller implements QuarkusTestBeforeClassCallback {

    @Override
    public void beforeClass(Class<?> testClass) {
        if (!RestAssured.filters().contains(OpenApiContract.INSTANCE)) {
            RestAssured.filters(OpenApiContract.INSTANCE);
        }
    }
}
