using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Factbook.Generator.Tests.Incremental;

/// <summary>
/// Every named step, found by reflection over <see cref="TrackingNames"/>: it runs, it is cached when nothing it
/// reads changed, and what it outputs is plain data, never a Roslyn object that would keep a compilation alive
/// and defeat caching.
/// </summary>
public class PipelineStepTests
{
    private const string Schema = """
        objects:
          Coordinates:
            fields:
              lat: double
              lon: double
        types:
          Source:
            fields:
              title: string
              text: file
          Quote:
            fields:
              words: { type: string, verbatim_in: source }
              source: Source
          Place:
            files: places/*.yml
            layout: record
            fields:
              name: string
              part_of: { type: Place, optional: true }
              at: { type: Coordinates, optional: true }
        """;

    private static readonly AdditionalText[] Files =
    [
        new InMemoryAdditionalText("/p/content/facts.schema.yaml", Schema),
        new InMemoryAdditionalText("/p/content/quotes.yaml", "sources:\n  - id: book\n    title: A book\n    text: book.txt\nquotes:\n  - id: q\n    words: some words\n    source: book\n"),
        new InMemoryAdditionalText("/p/content/places/russia.yml", "name: Russia\n"),
        new InMemoryAdditionalText("/p/content/places/kaliningrad.yml", "name: Kaliningrad\npart_of: russia\n"),
        new InMemoryAdditionalText("/p/content/book.txt", "A text with some words in it."),
    ];

    private static readonly Type[] RoslynTypes =
    [
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(AdditionalText),
        typeof(SourceText), typeof(AnalyzerConfigOptions), typeof(AnalyzerConfigOptionsProvider), typeof(ParseOptions), typeof(SemanticModel),
    ];

    public static TheoryData<string> StepNames() => new(TrackingNameValues());

    [Theory]
    [MemberData(nameof(StepNames))]
    public void EveryNamedStepRunsAndIsCachedWhenOnlyCSharpChanges(string step)
    {
        var (driver, compilation) = FirstRun();
        var first = driver.GetRunResult().Results.Single();
        Assert.True(first.TrackedSteps.ContainsKey(step), step + " did not run");

        var again = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", cancellationToken: TestContext.Current.CancellationToken)), TestContext.Current.CancellationToken)
            .GetRunResult().Results.Single();

        Assert.All(
            again.TrackedSteps[step].SelectMany(run => run.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + ": " + output.Reason));
    }

    [Theory]
    [MemberData(nameof(StepNames))]
    public void NoStepOutputHoldsARoslynObject(string step)
    {
        var (driver, _) = FirstRun();
        var outputs = driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Value).ToList();

        Assert.NotEmpty(outputs);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var output in outputs)
        {
            Assert.Null(FindRoslynObject(output, step, seen, depth: 0));
        }
    }

    [Fact]
    public void TheWalkFindsARoslynObjectInsideATuple()
    {
        var found = FindRoslynObject((1, new[] { Location.None }), "test", new HashSet<object>(ReferenceEqualityComparer.Instance), depth: 0);

        Assert.NotNull(found);
        Assert.Contains("Location", found, StringComparison.Ordinal);
    }

    private static IEnumerable<string> TrackingNameValues() =>
        typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun()
    {
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver(Files).RunGenerators(compilation, TestContext.Current.CancellationToken);
        Assert.Empty(driver.GetRunResult().Diagnostics);
        return (driver, compilation);
    }

    /// <summary>The path to a Roslyn object reachable from <paramref name="value"/>, through fields and items, or null.</summary>
    private static string? FindRoslynObject(object? value, string path, HashSet<object> seen, int depth)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || depth > 40)
        {
            return null;
        }

        var type = value.GetType();
        if (RoslynTypes.Any(roslyn => roslyn.IsAssignableFrom(type)))
        {
            return path + ": " + type.FullName;
        }

        if (!type.IsValueType && !seen.Add(value))
        {
            return null;
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                if (FindRoslynObject(item, path + "[" + i++ + "]", seen, depth + 1) is { } found)
                {
                    return found;
                }
            }
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                {
                    continue;
                }

                if (FindRoslynObject(field.GetValue(value), path + "." + field.Name, seen, depth + 1) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }
}
