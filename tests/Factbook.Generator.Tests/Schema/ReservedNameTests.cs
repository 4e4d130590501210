using static Factbook.Generator.Tests.Infrastructure.RunFixtures;
using static Factbook.Generator.Tests.TestContent;

namespace Factbook.Generator.Tests.Schema;

/// <summary>
/// A collection or type named like a member its generated class or record declares (CS0542) is FB0014 at the name,
/// and the rest generates.
/// </summary>
public class ReservedNameTests
{
    /// <summary>A class may not declare a member of its own name (CS0542), so the collection 'all' cannot become the class <c>All</c>.</summary>
    [Theory]
    [InlineData("all")]
    [InlineData("all_including_retired")]
    [InlineData("count")]
    [InlineData("get")]
    [InlineData("try_get")]
    [InlineData("by_place")]
    public void ACollectionNamedLikeAMemberOfItsClassIsReported(string collection)
    {
        var schema = TestContent.PlaceSchema + "\n  Thing:\n    collection: " + collection + "\n    fields:\n      place: { type: Place, optional: true }\n";

        var run = GeneratorHarness.Run(TestContent.Schema(schema), TestContent.Places(Russia), new ContentFile("/project/content/things.yaml", collection + ":\n  - id: a\n"));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0014", 11, 17), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("a member of that class", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Russia = 0", Members(run), StringComparison.Ordinal);
    }

    /// <summary>A record may not be named like a member it declares (CS0542): every entry record has Key, Id, Equals and the rest.</summary>
    [Theory]
    [InlineData("Key:\n    fields:\n      name: string\n", 10, 3)]
    [InlineData("Id:\n    fields:\n      name: string\n", 10, 3)]
    [InlineData("SupersededBy:\n    fields:\n      name: string\n", 10, 3)]
    [InlineData("Equals:\n    fields:\n      name: string\n", 10, 3)]
    [InlineData("To:\n    fields:\n      string: { type: object, fields: { name: string } }\n", 12, 23)]
    public void ATypeNamedLikeAMemberOfItsRecordIsReported(string type, int line, int column)
    {
        var run = GeneratorHarness.Run(TestContent.Schema(TestContent.PlaceSchema + "\n  " + type), TestContent.Places(Russia));

        AssertNothingEscaped(run);
        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal(("FB0014", line, column), (diagnostic.Id, diagnostic.Line(), diagnostic.Column()));
        Assert.Contains("a member that every generated record has", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Russia = 0", Members(run), StringComparison.Ordinal);
    }

    /// <summary>
    /// Fields and ids spelt like the generated code's private names (the collection's <c>data</c>, <c>total</c>,
    /// <c>table</c> and <c>at</c>, the plumbing's <c>fill</c> and <c>read</c>, a list's <c>…_resolved</c> cache, a
    /// lookup's cache) become PascalCased members beside them, so the code compiles and reads back.
    /// </summary>
    [Fact]
    public void FieldsAndIdsSpeltLikeThePrivateNamesCompileAndReadBack()
    {
        const string schema = """
            types:
              Node:
                fields:
                  data: string
                  total: { type: int, optional: true }
                  table: { type: string, optional: true }
                  at: { type: string, optional: true }
                  fill: { type: string, optional: true, index: true }
                  read: { type: object, optional: true, fields: { read: { type: string, optional: true } } }
                  twins: { type: "Node[]", optional: true }
                  twins_resolved: { type: string, optional: true }
                  by_fill: { type: string, optional: true }
            """;
        const string content = """
            nodes:
              - id: data
                data: D
                total: 1
                table: T
                at: A
                fill: F
                read: { read: R }
                twins: [total]
                twins_resolved: X
                by_fill: B
              - id: total
                data: E
                fill: F
            """;
        const string probe = """
            using Test.Content;
            public static class Probe
            {
                public static string Run() => string.Join(",",
                    Nodes.Data.Data, Nodes.Data.Total, Nodes.Data.Table, Nodes.Data.At, Nodes.Data.Fill, Nodes.Data.Read?.Read,
                    Nodes.Data.Twins[0].Id, Nodes.Data.TwinsResolved, Nodes.Data.ByFill, Nodes.ByFill("F").Count, Nodes.ByTwins(Nodes.Total).Count, Nodes.Count);
            }
            """;

        var run = GeneratorHarness.Run([new ContentFile("/project/content/nodes.schema.yaml", schema), new ContentFile("/project/content/nodes.yaml", content)], probe);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("D,1,T,A,F,R,total,X,B,2,1,2", run.Invoke("Probe", "Run"));
    }
}
