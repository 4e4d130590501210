namespace Factbook.Generator.Tests;

/// <summary>Small schemas and content shared by the tests.</summary>
internal static class TestContent
{
    public const string SchemaPath = "/project/content/test.schema.yaml";
    public const string PlacesPath = "/project/content/places.yaml";

    /// <summary>One type with a field of most kinds, referring to itself.</summary>
    public const string PlaceSchema = """
        types:
          Place:
            description: A place.
            fields:
              name: { type: string, description: The name. }
              kind: { type: enum, values: [country, city] }
              population: { type: int, optional: true }
              founded: { type: date, optional: true }
              part_of: { type: Place, optional: true }
        """;

    /// <summary>A valid places file of one entry, to add bad entries or fields to (a field goes at line 5).</summary>
    public const string Russia = "places:\n  - id: russia\n    name: Russia\n    kind: country\n";

    /// <summary>A project whose framework has no <c>ReadOnlySpan&lt;byte&gt;</c> (netstandard2.0): tables are string constants, within the heap of string literals.</summary>
    public static readonly System.Collections.Generic.IReadOnlyDictionary<string, string> StringTables = new System.Collections.Generic.Dictionary<string, string>
    {
        ["TargetFrameworkIdentifier"] = ".NETStandard",
        ["TargetFrameworkVersion"] = "v2.0",
    };

    public static ContentFile Schema(string text = PlaceSchema) => new(SchemaPath, text);

    public static ContentFile Places(string text) => new(PlacesPath, text);
}
