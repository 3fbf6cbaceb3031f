using System.Text.Json.Nodes;
using ClinicOps.Gateway.OpenApi;
using Yarp.ReverseProxy.Configuration;

namespace ClinicOps.Gateway.Tests;

/// <summary>How the gateway builds one document for the whole API out of the services' own.</summary>
public sealed class OpenApiMergeTests
{
    private static readonly ExposedOperations Routes = new(
    [
        Route("scheduling", "/api/appointments/{**rest}"),
        Route("billing", "/api/appointments/{id}/payments/{**rest}"),
        Route("billing", "/api/payments/{**rest}"),
        Route("identity", "/openapi/identity.json", "GET"),
    ]);

    [Fact]
    public void Every_routed_operation_of_every_service_is_in_the_merged_document_under_the_gateway()
    {
        var merged = Merge(
            Service("scheduling", """{ "/api/appointments": { "get": { "operationId": "ListAppointments" }, "post": { "operationId": "BookAppointment" } }, "/api/appointments/{id}": { "get": { "operationId": "GetAppointment" } } }"""),
            Service("billing", """{ "/api/appointments/{id}/payments": { "post": { "operationId": "RecordPayment" } }, "/api/payments/{id}/refund": { "post": { "operationId": "RefundPayment" } } }"""));

        Assert.Equal(["/api/appointments", "/api/appointments/{id}", "/api/appointments/{id}/payments", "/api/payments/{id}/refund"],
            merged["paths"]!.AsObject().Select(path => path.Key));
        Assert.Equal("RecordPayment", merged["paths"]!["/api/appointments/{id}/payments"]!["post"]!["operationId"]!.GetValue<string>());
        Assert.Equal("http://localhost:8080", merged["servers"]![0]!["url"]!.GetValue<string>());
        Assert.Equal("ClinicOps API", merged["info"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public void An_operation_no_gateway_route_reaches_is_left_out()
    {
        var merged = Merge(Service("billing", """{ "/api/payments": { "get": {} }, "/internal/appointments/{id}": { "get": {} } }"""),
            Service("identity", """{ "/openapi/identity.json": { "get": {}, "post": {} } }"""));

        Assert.Equal(["/api/payments", "/openapi/identity.json"], merged["paths"]!.AsObject().Select(path => path.Key));
        Assert.Equal(["get"], merged["paths"]!["/openapi/identity.json"]!.AsObject().Select(method => method.Key));
    }

    [Fact]
    public void A_schema_two_services_describe_alike_appears_once_and_one_they_describe_differently_twice()
    {
        const string problem = """ "ProblemDetails": { "type": "object", "properties": { "title": { "type": "string" } } } """;
        var merged = Merge(
            Service("scheduling", """{ "/api/appointments": { "get": { "responses": { "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Appointment" } } } } } } } }""",
                $$"""{ {{problem}}, "Appointment": { "type": "object", "properties": { "startsAt": { "type": "string" } } } }"""),
            Service("billing", """{ "/api/payments": { "get": { "responses": { "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Appointment" } } } } } } } }""",
                $$"""{ {{problem}}, "Appointment": { "type": "object", "properties": { "priceAmount": { "type": "number" } } } }"""));

        var schemas = merged["components"]!["schemas"]!.AsObject();
        Assert.Equal(["Appointment", "BillingAppointment", "ProblemDetails"], schemas.Select(schema => schema.Key));
        Assert.NotNull(schemas["BillingAppointment"]!["properties"]!["priceAmount"]);
        Assert.Equal("#/components/schemas/Appointment", ResponseSchemaRef(merged, "/api/appointments"));
        Assert.Equal("#/components/schemas/BillingAppointment", ResponseSchemaRef(merged, "/api/payments"));
    }

    [Fact]
    public void Security_schemes_and_tags_are_kept_once()
    {
        const string components = """{ "securitySchemes": { "Bearer": { "type": "http", "scheme": "bearer", "bearerFormat": "JWT" } } }""";
        var merged = Merge(
            Service("scheduling", """{ "/api/appointments": { "get": {} } }""", components: components, tags: """[{ "name": "Appointments" }]"""),
            Service("billing", """{ "/api/payments": { "get": {} } }""", components: components, tags: """[{ "name": "Payments" }, { "name": "Appointments" }]"""));

        Assert.Equal(["Bearer"], merged["components"]!["securitySchemes"]!.AsObject().Select(scheme => scheme.Key));
        Assert.Equal(["Appointments", "Payments"], merged["tags"]!.AsArray().Select(tag => tag!["name"]!.GetValue<string>()));
    }

    [Fact]
    public void Every_operation_documents_the_gateways_rate_limit_and_unavailable_answers_and_its_request_id()
    {
        var merged = Merge(Service("billing", """{ "/api/payments": { "get": { "responses": { "200": { "description": "OK" } } } } }"""));

        var responses = merged["paths"]!["/api/payments"]!["get"]!["responses"]!.AsObject();
        Assert.Equal(["200", "429", "503"], responses.Select(response => response.Key).Order());
        Assert.All(responses, response => Assert.NotNull(response.Value!["headers"]![GatewayAnswers.RequestIdHeader]));
        Assert.NotNull(responses["429"]!["headers"]![GatewayAnswers.RetryAfterHeader]);
        Assert.NotNull(responses["503"]!["headers"]![GatewayAnswers.RetryAfterHeader]);
        Assert.Null(responses["200"]!["headers"]![GatewayAnswers.RetryAfterHeader]);
    }

    private static JsonObject Merge(params ServiceDocument[] documents) => OpenApiMerger.Merge(documents, Routes, "http://localhost:8080");

    private static ServiceDocument Service(string name, string paths, string schemas = "{}", string? components = null, string tags = "[]")
    {
        var document = new JsonObject
        {
            ["openapi"] = "3.1.1",
            ["paths"] = JsonNode.Parse(paths),
            ["components"] = components is null ? new JsonObject { ["schemas"] = JsonNode.Parse(schemas) } : JsonNode.Parse(components),
            ["tags"] = JsonNode.Parse(tags),
        };
        return new ServiceDocument(name, document);
    }

    private static string ResponseSchemaRef(JsonObject merged, string path) =>
        merged["paths"]![path]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>();

    private static RouteConfig Route(string cluster, string path, params string[] methods) => new()
    {
        RouteId = $"{cluster}{path}",
        ClusterId = cluster,
        Match = new RouteMatch { Path = path, Methods = methods.Length == 0 ? null : methods },
    };
}
