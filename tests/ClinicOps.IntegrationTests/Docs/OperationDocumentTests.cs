using System.Net;
using System.Text.Json;
using ClinicOps.IntegrationTests.Reliability.Infrastructure;

namespace ClinicOps.IntegrationTests.Docs;

/// <summary>
/// The judge of <see cref="DocumentedAnswerTests"/> on a small OpenAPI 3.1 document: it accepts an answer the document
/// describes and names each way another departs from it, so a passing whole-app run means the answers fit.
/// </summary>
public sealed class OperationDocumentTests
{
    private const string Document = """
        {
          "openapi": "3.1.1",
          "paths": {
            "/api/things/{id}": {
              "get": {
                "operationId": "getThing",
                "responses": {
                  "200": {
                    "description": "OK",
                    "headers": { "ETag": { "schema": { "type": "string" } }, "X-Request-Id": { "schema": { "type": "string" } } },
                    "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ThingResponse" } } }
                  },
                  "429": {
                    "description": "Too Many Requests",
                    "headers": { "Retry-After": { "schema": { "type": "integer" } }, "X-Request-Id": { "schema": { "type": "string" } } },
                    "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/ProblemDetails" } } }
                  },
                  "404": {
                    "description": "Not Found",
                    "headers": { "X-Request-Id": { "schema": { "type": "string" } } },
                    "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/ProblemDetails" } } }
                  }
                }
              }
            }
          },
          "components": {
            "schemas": {
              "ThingResponse": {
                "type": "object",
                "required": ["id", "name", "note"],
                "properties": {
                  "id": { "type": "string", "format": "uuid" },
                  "name": { "type": "string" },
                  "note": { "type": ["null", "string"] },
                  "parts": { "type": "array", "items": { "$ref": "#/components/schemas/PartResponse" } }
                }
              },
              "PartResponse": { "type": "object", "properties": { "size": { "type": "integer" } } },
              "ProblemDetails": { "type": "object", "properties": { "title": { "type": ["null", "string"] }, "status": { "type": ["null", "integer"] } } }
            }
          }
        }
        """;

    private const string Thing = """{"id":"0199c2a4-0000-7000-8000-000000000001","name":"Lamp","note":null,"parts":[{"size":3}]}""";

    private readonly OperationDocument document = new(JsonDocument.Parse(Document).RootElement);

    [Fact]
    public void An_answer_the_document_describes_has_no_departures()
    {
        Assert.Empty(document.Departures("getThing", Ok(Thing)));
        Assert.Empty(document.Departures("getThing", Answer(HttpStatusCode.NotFound, "application/problem+json", """{"title":"Not found","status":404,"requestId":"r-1"}""")));
    }

    [Fact]
    public void A_status_the_operation_does_not_document_is_a_departure()
    {
        var departure = Assert.Single(document.Departures("getThing", Answer(HttpStatusCode.Conflict, "application/problem+json", """{"status":409}""")));
        Assert.Contains("answered 409, which the operation does not document", departure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_documented_header_is_a_departure()
    {
        var departure = Assert.Single(document.Departures("getThing", Ok(Thing) with { ETag = null }));
        Assert.Contains("without the documented header ETag", departure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_documented_integer_header_sent_as_something_else_is_a_departure()
    {
        var tooMany = Answer(HttpStatusCode.TooManyRequests, "application/problem+json", """{"title":"Too many attempts","status":429}""");

        Assert.Empty(document.Departures("getThing", tooMany with { RetryAfter = "120" }));
        Assert.Contains("Retry-After: Thu, 03 Dec 2026 21:00:00 GMT, where the document says an integer",
            Assert.Single(document.Departures("getThing", tooMany with { RetryAfter = "Thu, 03 Dec 2026 21:00:00 GMT" })), StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_the_document_does_not_describe_for_the_status_is_a_departure()
    {
        var notFound = Answer(HttpStatusCode.NotFound, "application/problem+json", """{"title":"Not found","status":404}""") with { ETag = "\"7\"" };

        Assert.Contains("with the header ETag, which the document does not describe there",
            Assert.Single(document.Departures("getThing", notFound)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"0199c2a4-0000-7000-8000-000000000001","note":null}""", "name")] // a required field missing
    [InlineData("""{"id":"0199c2a4-0000-7000-8000-000000000001","name":7,"note":null}""", "/name")] // of another type
    [InlineData("""{"id":"0199c2a4-0000-7000-8000-000000000001","name":"Lamp","note":null,"secret":"x"}""", "secret")] // not in the schema
    [InlineData("""{"id":"0199c2a4-0000-7000-8000-000000000001","name":"Lamp","note":null,"parts":[{"size":"big"}]}""", "/parts/0/size")] // in a $ref'd item
    public void A_body_its_schema_refuses_is_a_departure_naming_the_field(string body, string field)
    {
        var departure = Assert.Single(document.Departures("getThing", Ok(body)));
        Assert.Contains("a body its schema refuses", departure, StringComparison.Ordinal);
        Assert.Contains(field, departure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_media_type_or_an_operation_the_document_does_not_describe_is_a_departure()
    {
        Assert.Contains("as text/csv, which the document does not describe",
            Assert.Single(document.Departures("getThing", Ok(Thing) with { MediaType = "text/csv" })), StringComparison.Ordinal);
        Assert.Contains("not an operation of the document", Assert.Single(document.Departures("listThings", Ok(Thing))), StringComparison.Ordinal);
    }

    private static Answer Ok(string body) => Answer(HttpStatusCode.OK, "application/json", body) with { ETag = "\"1\"" };

    private static Answer Answer(HttpStatusCode status, string mediaType, string body) =>
        new("GET /api/things/1", status, mediaType, null, "0af7651916cd43dd8448eb211c80319c", body);
}
