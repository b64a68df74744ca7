package nl.relay.testing;

import java.util.Map;

/** Makes groups through the API, as their owner would. */
public final class Groups {

    private Groups() {
    }

    public static long create(Person owner, String visibility) {
        return create(owner, "Groep " + People.uniqueUsername(), visibility);
    }

    public static long create(Person owner, String name, String visibility) {
        return ((Number) Api.as(owner)
                .body(Map.of("name", name, "description", "Voor het overleg over " + name, "visibility", visibility))
                .post("/api/groups")
                .then().statusCode(201)
                .extract().path("id")).longValue();
    }

    /** The owner (or an admin) adds someone straight away. */
    public static void add(Person manager, long group, Person member) {
        Api.as(manager).put("/api/groups/" + group + "/members/" + member.username()).then().statusCode(204);
    }

    public static void setRole(Person manager, long group, Person member, String role) {
        Api.as(manager).body(Map.of("role", role)).put("/api/groups/" + group + "/members/" + member.username())
                .then().statusCode(204);
    }

    public static void remove(Person manager, long group, Person member) {
        Api.as(manager).delete("/api/groups/" + group + "/members/" + member.username()).then().statusCode(204);
    }
}
