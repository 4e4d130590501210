using Factbook.Generator.Tests.Infrastructure;

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

    public static ContentFile Schema(string text = PlaceSchema) => new(SchemaPath, text);

    public static ContentFile Places(string text) => new(PlacesPath, text);
}
