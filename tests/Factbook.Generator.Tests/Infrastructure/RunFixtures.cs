using System.Collections;
using Microsoft.CodeAnalysis;

namespace Factbook.Generator.Tests.Infrastructure;

/// <summary>What tests read from a generator run: what no run may hold, and the generated entries, by reflection.</summary>
internal static class RunFixtures
{
    /// <summary>The namespace the harness generates into.</summary>
    public const string Namespace = GeneratorHarness.DefaultNamespace;

    /// <summary>No internal error (FB0999), no generated code dropped (CS8785), and output that compiles without a warning.</summary>
    public static void AssertNothingEscaped(GeneratorRun run)
    {
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "FB0999" or "CS8785");
        Assert.Empty(run.CompilationDiagnostics);
    }

    /// <summary>Nothing escaped, and no error but FB0025 (an unknown field, which costs no entry).</summary>
    public static void AssertCleanRun(GeneratorRun run)
    {
        AssertNothingEscaped(run);
        Assert.DoesNotContain(run.FactbookDiagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Id is not ("FB0025"));
    }

    /// <summary>The generated members of <see cref="TestContent.PlaceSchema"/>'s Place.</summary>
    public static string Members(GeneratorRun run) => run.Sources.Single(source => source.HintName == "Place.Members.g.cs").Text;

    /// <summary>The entry <c>Get(id)</c> of a generated collection class returns.</summary>
    public static object Get(Type collection, string id) => collection.GetMethod("Get", [typeof(string)])!.Invoke(null, [id])!;

    /// <summary>The entries of a generated collection class's <c>All</c>.</summary>
    public static IEnumerable<object> All(Type collection) => ((IEnumerable)collection.GetProperty("All")!.GetValue(null)!).Cast<object>();

    /// <summary>The id of a generated entry.</summary>
    public static string IdOf(object entry) => (string)entry.GetType().GetProperty("Id")!.GetValue(entry)!;
}
