using ClinicOps.Web.Api;

namespace ClinicOps.Web.Tests.Components;

public sealed class ProblemReaderTests
{
    [Fact]
    public void A_validation_problem_gives_its_title_detail_trace_id_and_field_errors()
    {
        const string body = """
            {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more validation errors occurred.",
             "status":400,"detail":"Check the fields.","errors":{"phone":["Phone is not valid."]},"traceId":"0af7651916cd43dd8448eb211c80319c"}
            """;

        var problem = ProblemReader.Parse(400, "Bad Request", body, "from-header");

        Assert.Equal(400, problem.Status);
        Assert.Equal("Check the fields.", problem.Message);
        Assert.Equal("0af7651916cd43dd8448eb211c80319c", problem.TraceId);
        Assert.Equal(["Phone is not valid."], problem.Errors["Phone"]);
    }

    [Fact]
    public void An_answer_that_is_not_problem_json_keeps_its_status_and_the_request_id()
    {
        var problem = ProblemReader.Parse(502, "Bad Gateway", "<html>upstream down</html>", "req-42");

        Assert.Equal(502, problem.Status);
        Assert.Equal("Bad Gateway", problem.Message);
        Assert.Equal("req-42", problem.TraceId);
        Assert.Empty(problem.Errors);
    }

    [Fact]
    public void A_problem_without_detail_is_told_by_its_title()
    {
        var problem = ProblemReader.Parse(409, "Conflict", """{"title":"Conflict","status":409}""", null);

        Assert.Equal("Conflict", problem.Message);
        Assert.False(problem.IsStale);
    }
}
