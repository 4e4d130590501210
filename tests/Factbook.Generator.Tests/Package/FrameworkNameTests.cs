namespace Factbook.Generator.Tests.Package;

/// <summary>Generated types never land where they could take the place of a framework type.</summary>
public class FrameworkNameTests
{
    [Theory]
    [InlineData("System", "Uri")]
    [InlineData("System", "Exception")]
    [InlineData("System", "Type")]
    [InlineData("System.Runtime.CompilerServices", "NullableAttribute")]
    [InlineData("Microsoft.Extensions", "Options")]
    public void ANamespaceOfDotNetItselfFallsBackAndSaysWhy(string space, string type)
    {
        var schema = "types:\n  " + type + ":\n    collection: things\n    fields:\n      link: { type: url, optional: true }\n";
        var run = GeneratorHarness.Run([TestContent.Schema(schema), new ContentFile("/project/content/things.yaml", "things:\n  - id: a\n    link: https://example.org/\n")], string.Empty, factbookNamespace: space);

        var diagnostic = Assert.Single(run.FactbookDiagnostics);
        Assert.Equal($"The namespace '{space}' is a namespace of .NET itself, where a generated type could take the place of a framework type; using 'Factbook.Content' instead", diagnostic.GetMessage());
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void ANamespaceTooLongForTheFullNamesOfItsTypesFallsBack()
    {
        var run = GeneratorHarness.Run([TestContent.Schema(), TestContent.Places(TestContent.Russia)], string.Empty, factbookNamespace: "N" + new string('s', 200));

        Assert.Equal("FB0032", Assert.Single(run.FactbookDiagnostics).Id);
        Assert.Empty(run.CompilationDiagnostics);
    }
}
