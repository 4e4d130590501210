using System.IO;
using System.Runtime.CompilerServices;

namespace Factbook.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot checks with Verify's conventions: <c>{Class}.{Method}#{HintName}.verified.cs</c> in the project's
/// <c>Snapshots</c> folder (whichever folder the test is in), a <c>.received.cs</c> written on mismatch with a
/// readable diff in the failure, and
/// <c>FACTBOOK_ACCEPT_SNAPSHOTS=1</c> to accept what was received.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "FACTBOOK_ACCEPT_SNAPSHOTS";

    public static void Verify(
        IReadOnlyList<(string HintName, string Text)> sources,
        string testClass,
        [CallerMemberName] string testMethod = "")
    {
        var directory = Folder();
        Directory.CreateDirectory(directory);
        var prefix = testClass + "." + testMethod + "#";
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";
        var failures = new List<string>();
        var expectedFiles = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (hintName, text) in sources)
        {
            var stem = Path.Combine(directory, prefix + Path.GetFileNameWithoutExtension(hintName));
            var verified = stem + ".verified.cs";
            var received = stem + ".received.cs";
            expectedFiles.Add(Path.GetFileName(verified));
            var existing = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
            if (existing == text)
            {
                File.Delete(received);
                continue;
            }

            if (accept)
            {
                File.WriteAllText(verified, text);
                File.Delete(received);
                continue;
            }

            File.WriteAllText(received, text);
            failures.Add(existing is null
                ? $"New snapshot {Path.GetFileName(verified)}: review {Path.GetFileName(received)}, then rename it or run with {AcceptVariable}=1."
                : $"{Path.GetFileName(verified)} differs from what was generated (written to {Path.GetFileName(received)}):\n{Diff(existing, text)}");
        }

        foreach (var stale in Directory.GetFiles(directory, prefix + "*.verified.cs").Select(Path.GetFileName).Where(name => !expectedFiles.Contains(name!)))
        {
            if (accept)
            {
                File.Delete(Path.Combine(directory, stale!));
            }
            else
            {
                failures.Add($"{stale} was not generated any more; delete it or run with {AcceptVariable}=1.");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>The project's <c>Snapshots</c> folder, found from this file's path (the project's Infrastructure folder).</summary>
    private static string Folder([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "Snapshots"));

    /// <summary>The differing lines with two lines of context, marked '-' (verified) and '+' (received).</summary>
    private static string Diff(string verified, string received)
    {
        var left = verified.Split('\n');
        var right = received.Split('\n');
        var builder = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(left.Length, right.Length) && shown < 40; i++)
        {
            var a = i < left.Length ? left[i] : null;
            var b = i < right.Length ? right[i] : null;
            if (a == b)
            {
                continue;
            }

            builder.AppendLine($"@@ line {i + 1}");
            if (a is not null)
            {
                builder.AppendLine("- " + a);
            }

            if (b is not null)
            {
                builder.AppendLine("+ " + b);
            }

            shown++;
        }

        return builder.ToString();
    }
}
