using System.Globalization;

namespace ClinicOps.IntegrationTests.Reliability.Infrastructure;

/// <summary>A process and its descendants, read from /proc (Linux), to say exactly what a crash test killed.</summary>
public static class ProcessTree
{
    public static string Describe(int pid)
    {
        var children = ChildrenByParent();
        var lines = new List<string>();
        Walk(pid, 0);
        return string.Join(Environment.NewLine, lines);

        void Walk(int id, int depth)
        {
            lines.Add($"{new string(' ', depth * 2)}{id} {CommandLine(id)}");
            foreach (var child in children.GetValueOrDefault(id, []))
            {
                Walk(child, depth + 1);
            }
        }
    }

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return "(gone)";
        }
    }

    private static Dictionary<int, List<int>> ChildrenByParent()
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                // "pid (comm) state ppid …": the command may contain spaces and parentheses, so read after the last ')'.
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = [];
                }

                list.Add(pid);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // The process ended while we looked.
            }
        }

        return children;
    }
}
