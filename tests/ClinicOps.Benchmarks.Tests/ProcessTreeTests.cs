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
    public void A_zombie_or_dead_process_is_ending_and_a_running_or_sleeping_one_is_not()
    {
        Assert.True(ProcessTree.IsEnding("9209 (postgres) Z 9100 9100 9100 0 -1"));
        Assert.True(ProcessTree.IsEnding("9209 (post) gres) X 9100 9100 9100 0 -1"));
        Assert.False(ProcessTree.IsEnding("9209 (postgres) S 9100 9100 9100 0 -1"));
        Assert.False(ProcessTree.IsEnding("9209 (Z) R 9100 9100 9100 0 -1"));
        Assert.False(ProcessTree.IsEnding("garbage"));
    }

    [Fact]
    public void Cpu_time_is_user_plus_system_ticks_with_those_of_children_that_ended()
    {
        const string stat = "77 (a b) S 1 77 77 0 -1 4194560 100 0 0 0 250 30 7 3 20 0 1 0 123 456 789";

        Assert.Equal(290, ProcessTree.CpuTicksOf(stat));
    }

    [Fact]
    public void A_memory_field_that_cannot_be_read_is_unknown_not_zero()
    {
        Assert.Null(ProcessTree.KibFieldOrNull(null, "Pss:"));
        Assert.Null(ProcessTree.KibFieldOrNull("Rss:  10 kB\n", "Pss:"));
        Assert.Equal((long?)0, ProcessTree.KibFieldOrNull("Pss:   0 kB\n", "Pss:"));
    }

    [Fact]
    public void The_processes_of_this_machine_give_their_pss()
    {
        var found = ProcessTree.Of([("self", Environment.ProcessId)]);

        Assert.Contains(found, p => p.Pid == Environment.ProcessId && p.PssKib > 0);
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
    [InlineData("dotnet run --no-build --configuration Release --project /r/ClinicOps.Scheduling.csproj", true)]
    [InlineData("/r/bin/Release/net10.0/ClinicOps.Scheduling", false)]
    [InlineData("postgres: checkpointer", false)]
    public void The_dotnet_run_launcher_of_a_service_is_told_apart(string command, bool launcher)
    {
        Assert.Equal(launcher, ProcessTree.IsLauncher(command));
    }

    [Fact]
    public void A_resource_counts_its_process_and_every_descendant()
    {
        using var shell = System.Diagnostics.Process.Start("sh", ["-c", "sleep 5 & sleep 5 & wait"]);
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (ProcessTree.Descendants(shell.Id).Count < 2 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        var found = ProcessTree.Of([("server", shell.Id)]);

        Assert.Equal(3, found.Count);
        Assert.All(found, p => Assert.Equal("server", p.Group));
        Assert.Contains(found, p => p.Pid == shell.Id && p.RssKib > 0);
        shell.Kill(entireProcessTree: true);
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
