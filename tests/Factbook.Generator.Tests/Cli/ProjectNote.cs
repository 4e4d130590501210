namespace Factbook.Generator.Tests.Cli;

/// <summary>The note a check of folders ends with on the error stream (what it could not check without a project), for tests about something else.</summary>
internal static class ProjectNote
{
    public const string Start = "note: no project was read";

    public static string Without(string error) =>
        string.Concat(error.Split('\n').Where(line => !line.StartsWith(Start, StringComparison.Ordinal)).Select(line => line + "\n")).TrimEnd('\n') is { Length: > 0 } rest ? rest + "\n" : string.Empty;
}
