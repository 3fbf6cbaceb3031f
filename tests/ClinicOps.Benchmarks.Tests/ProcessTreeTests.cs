using ClinicOps.Benchmarks.App;

namespace ClinicOps.Benchmarks.Tests;

public class ProcessTreeTests
{
    [Fact]
    public void The_parent_is_read_after_the_name_even_when_the_name_holds_spaces_and_parentheses()
    {
        Assert.Equal(4321, ProcessTree.ParentOf("1234 (weird) name) S 4321 1234 1234 0 -1"));
        Assert.Null(ProcessTree.ParentOf("garbage"));
    }

    [Fact]
    public void Memory_fields_are_read_in_kib()
    {
        const string status = "Name:\tpostgres\nVmPeak:\t  300 kB\nVmRSS:\t   20480 kB\n";

        Assert.Equal(20480, ProcessTree.KibField(status, "VmRSS:"));
        Assert.Equal(0, ProcessTree.KibField(status, "Pss:"));
        Assert.Equal(0, ProcessTree.KibField(null, "VmRSS:"));
    }

    [Theory]
    [InlineData("dcp", "/x/dcp start-apiserver", ProcessTree.Orchestrator)]
    [InlineData("dotnet", "dotnet run --no-build --configuration Release --project /r/ClinicOps.Scheduling.csproj", ProcessTree.Launcher)]
    [InlineData("ClinicOps.Schedu", "/r/bin/Release/net10.0/ClinicOps.Scheduling", "ClinicOps.Scheduling")]
    [InlineData("dotnet", "dotnet exec /r/bin/ClinicOps.Gateway.dll", "ClinicOps.Gateway")]
    [InlineData("postgres", "postgres: checkpointer", "postgres")]
    [InlineData("beam.smp", "/usr/lib/erlang/erts/bin/beam.smp -- -root", "rabbitmq (erlang)")]
    public void Processes_are_grouped_by_what_they_are(string name, string command, string group)
    {
        Assert.Equal(group, ProcessTree.GroupOf(name, command));
    }

    [Fact]
    public void A_child_process_is_found_below_this_one()
    {
        using var child = System.Diagnostics.Process.Start("sleep", "5");

        var found = ProcessTree.Descendants(Environment.ProcessId);

        Assert.Contains(found, p => p.Pid == child.Id && p.Name == "sleep" && p.RssKib > 0);
        child.Kill();
    }
}
