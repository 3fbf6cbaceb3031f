using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Security.Infrastructure;
using ClinicOps.IntegrationTests.Security.Isolation;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Docs;

/// <summary>
/// The merged OpenAPI document is the truth about the API: every operation in it is called through the gateway — a
/// success and one documented error each (<see cref="OperationCases"/>) — and every answer has a status the operation
/// documents, the headers documented for that status, and a body the schema for that status accepts. A change to an
/// endpoint that its document does not follow, or a new operation without its two cases, fails here.
/// </summary>
public sealed class DocumentedAnswerTests(WholeAppFixture app, ITestOutputHelper output) : WholeAppTest(app, output)
{
    private readonly ITestOutputHelper output = output;

    [Fact]
    public async Task Every_operation_of_the_merged_document_has_a_success_case_and_an_error_case()
    {
        var document = await FetchMergedAsync();
        var operations = document.Operations.Keys.Order(StringComparer.Ordinal).ToList();

        var missing = operations
            .SelectMany(id => new[]
            {
                OperationCases.All.Any(c => c.OperationId == id && c.IsSuccess) ? null : $"{id} (a success)",
                OperationCases.All.Any(c => c.OperationId == id && !c.IsSuccess) ? null : $"{id} (an error)",
            })
            .OfType<string>()
            .ToList();
        Assert.True(missing.Count == 0, $"Operations of /openapi/v1.json without a case in OperationCases:\n{string.Join('\n', missing)}");
        Assert.Empty(OperationCases.All.Select(c => c.OperationId).Distinct().Except(operations)
            .Select(id => $"OperationCases has cases for {id}, which is not an operation of /openapi/v1.json"));
    }

    [Fact]
    public async Task Every_case_answers_with_a_status_headers_and_body_the_merged_document_describes()
    {
        var document = await FetchMergedAsync();
        var scene = await OperationScene.PrepareAsync(App);

        var problems = new List<string>();
        foreach (var @case in OperationCases.All)
        {
            try
            {
                var answer = await @case.Send(scene);
                output.WriteLine($"{@case}: {answer.Request} answered {(int)answer.Status}");
                if (answer.Status != @case.Expected)
                {
                    problems.Add($"{@case}: {answer.Request} answered {(int)answer.Status}: {answer.Body}");
                }

                problems.AddRange(document.Departures(@case.OperationId, answer).Select(departure => $"{@case}: {answer.Request} {departure}"));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One case that cannot be sent (its set-up failed, or it answered 5xx) is reported with the others.
                problems.Add($"{@case}: could not be sent: {e.Message}");
            }
        }

        Assert.True(problems.Count == 0,
            $"{problems.Count} answers differ from what /openapi/v1.json describes (or from the case's status):\n{string.Join('\n', problems)}");
    }

    private async Task<OperationDocument> FetchMergedAsync()
    {
        using var merged = await OpenApiRoutes.FetchDocumentAsync(GatewayClients.Create(App), "/openapi/v1.json");
        return new OperationDocument(merged.RootElement);
    }
}
