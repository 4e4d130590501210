using Microsoft.CodeAnalysis;

namespace Factbook.Generator.Tests.Package;

/// <summary>What a user sees of the generated code from their own code: completion lists, hover and F12.</summary>
public class UserViewTests
{
    private const string Consumer = "namespace User { public static class Probe { public static object Value => null!; } }";

    [Fact]
    public void CompletionOnACollectionListsItsApiAndEntriesOnly()
    {
        var (model, position, compilation) = ProbeRun();
        var places = compilation.GetTypeByMetadataName("Test.Content.Places")!;

        var visible = model.LookupSymbols(position, places).Where(symbol => symbol.IsStatic && symbol.ContainingType.Equals(places, SymbolEqualityComparer.Default)).Select(symbol => symbol.Name).ToHashSet();

        Assert.Equal(["All", "AllIncludingRetired", "ByPartOf", "Count", "Get", "Kaliningrad", "Russia", "TryGet"], visible.OrderBy(name => name, System.StringComparer.Ordinal));
    }

    [Fact]
    public void UserCodeCannotConstructEntriesOrReachTheirStorage()
    {
        var (model, position, compilation) = ProbeRun();
        var place = compilation.GetTypeByMetadataName("Test.Content.Place")!;

        Assert.DoesNotContain(place.InstanceConstructors, constructor => model.IsAccessible(position, constructor));
        var fields = place.GetMembers().OfType<IFieldSymbol>().Where(field => !field.IsImplicitlyDeclared);
        Assert.DoesNotContain(fields, field => model.IsAccessible(position, field));
        var nested = Assert.Single(place.GetTypeMembers());
        Assert.Contains(nested.GetAttributes(), attribute => attribute.AttributeClass?.Name == "EditorBrowsableAttribute");
    }

    [Fact]
    public void AnEntryMembersDocShowsItsValuesAndWhereItIsWritten()
    {
        var (_, _, compilation) = ProbeRun();
        var member = compilation.GetTypeByMetadataName("Test.Content.Places")!.GetMembers("Kaliningrad").Single();

        var xml = member.GetDocumentationCommentXml(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains("<para>Kaliningrad</para>", xml);
        Assert.Contains("<para>kind: city</para>", xml);
        Assert.Contains("<para>population: 489359</para>", xml);
        Assert.Contains("<para>part_of: russia</para>", xml);
        Assert.Contains("<para>content/places.yaml line 5</para>", xml);
        Assert.DoesNotContain("name:", xml);
    }

    private static (SemanticModel Model, int Position, Compilation Compilation) ProbeRun()
    {
        var places = TestContent.Russia + "  - id: kaliningrad\n    name: Kaliningrad\n    kind: city\n    population: 489359\n    part_of: russia\n";
        var run = GeneratorHarness.Run([TestContent.Schema(), TestContent.Places(places)], Consumer);
        Assert.Empty(run.CompilationDiagnostics);
        var tree = run.Output.SyntaxTrees.First(syntaxTree => syntaxTree.ToString().Contains("class Probe", System.StringComparison.Ordinal));
        return (run.Output.GetSemanticModel(tree), tree.ToString().IndexOf("null!", System.StringComparison.Ordinal), run.Output);
    }
}
