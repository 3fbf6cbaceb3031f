using ClinicOps.Benchmarks.App;

namespace ClinicOps.Benchmarks.Tests;

public class BrokerQueuesTests
{
    [Fact]
    public void Queue_depths_are_read_from_rabbitmqctl_lines_and_anything_else_is_skipped()
    {
        const string output = "Timeout: 60.0 seconds ...\nanalytics-appointment-completed\t3\nbilling-appointment-scheduled\t0\n" +
            "analytics-appointment-completed_error\t2\nname\tmessages\n";

        var queues = BrokerQueues.Parse(output);

        Assert.Equal(new Dictionary<string, long>
        {
            ["analytics-appointment-completed"] = 3,
            ["billing-appointment-scheduled"] = 0,
            ["analytics-appointment-completed_error"] = 2,
        }, queues);
        Assert.True(BrokerQueues.IsDeadLetter("analytics-appointment-completed_error"));
        Assert.False(BrokerQueues.IsDeadLetter("analytics-appointment-completed"));
    }
}
