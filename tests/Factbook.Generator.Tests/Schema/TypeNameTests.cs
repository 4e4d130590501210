namespace Factbook.Generator.Tests.Schema;

/// <summary>
/// <c>name:</c> on a field that declares a type (an enum, object or union) gives that type a short name, where its
/// owner's name and the field's would make <c>LandscapeCategorySubcategoriesItemsExtraAudits</c>.
/// </summary>
public sealed class TypeNameTests
{
    private const string Schema = """
        objects:
          Organization:
            fields:
              name: string
        types:
          LandscapeItem:
            fields:
              project: { type: enum, values: [sandbox, incubating, graduated], optional: true, name: Maturity }
              organization: { type: [url, Organization], optional: true, name: Owner }
              extra:
                type: object
                optional: true
                fields:
                  audits:
                    type: "object[]"
                    name: Audit
                    fields:
                      date: date
                      kind: { type: enum, values: [security, general], name: AuditKind }
        """;

    [Fact]
    public void TheDeclaredTypesTakeTheirNames()
    {
        var run = GeneratorHarness.Run(
            [
                new ContentFile("/p/content/landscape.schema.yaml", Schema),
                new ContentFile("/p/content/landscape.yaml", "landscape_items:\n  - id: volcano\n    project: incubating\n    organization: { name: Volcano }\n    extra:\n      audits:\n        - { date: 2023-01-01, kind: security }\n"),
            ],
            """
            using Test.Content;
            public static class Probe
            {
                public static string Run()
                {
                    Audit audit = LandscapeItems.Volcano.Extra!.Audits[0];
                    Maturity? maturity = LandscapeItems.Volcano.Project;
                    Owner owner = LandscapeItems.Volcano.Organization!;
                    return audit.Kind + "|" + audit.Date + "|" + maturity + "|" + owner.Kind + "|" + (AuditKind.General != audit.Kind);
                }
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("Security|2023-01-01|Incubating|Organization|True", run.Invoke("Probe", "Run"));
        Assert.DoesNotContain(run.Sources, source => source.Text.Contains("LandscapeItemExtraAudits", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("name: Maturity }", "name: Audit }", "FB0014", "The name 'Audit' would be generated twice")]
    [InlineData("name: Maturity }", "name: audit }", "FB0010", "'name' of field 'project' of LandscapeItem must be a PascalCase type name")]
    [InlineData("optional: true, name: Maturity }", "optional: true }\n      code: { type: string, name: Code }", "FB0010", "'name' of field 'code' of LandscapeItem only applies to fields of type enum, object or a union")]
    public void ANameThatCannotBeIsASchemaError(string from, string to, string id, string message)
    {
        var run = GeneratorHarness.Run(new ContentFile("/p/content/landscape.schema.yaml", Schema.Replace(from, to, StringComparison.Ordinal)));

        Assert.Contains(run.FactbookDiagnostics, d => d.Id == id && d.GetMessage().Contains(message, StringComparison.Ordinal));
    }
}
