using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Factbook.Generator
{
    /// <summary>
    /// Checks ids written as strings in C#: the argument of a generated <c>Get</c> or <c>TryGet</c>, and of a
    /// generated <c>[PlaceRef("…")]</c> attribute. An id that names no entry is FB0040 at the literal, with
    /// the closest id. The ids are read from the generated code itself (constants of each collection class),
    /// never from the YAML again: what the generator accepted, with its limits, is what the analyzer knows.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class StringIdAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The diagnostic property that carries the suggested id, for the code fix.</summary>
        public const string SuggestionProperty = FixedNames.SuggestionProperty;

        /// <summary>The diagnostic property that carries the generated member of the suggested id (<c>CSharp</c> for <c>C#</c>).</summary>
        public const string MemberProperty = FixedNames.MemberProperty;

        private const string GeneratedCodeAttribute = "System.CodeDom.Compiler.GeneratedCodeAttribute";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(DiagnosticDescriptors.UnknownIdInCode);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                // What each type is, asked for every call in the project: answered once per type.
                var collections = new ConcurrentDictionary<INamedTypeSymbol, CollectionIds?>(SymbolEqualityComparer.Default);
                CollectionIds? CollectionOf(INamedTypeSymbol type) => collections.GetOrAdd(type, CollectionIds.Read);
                start.RegisterOperationAction(operation => AnalyzeInvocation(operation, CollectionOf), OperationKind.Invocation);
                start.RegisterOperationAction(operation => AnalyzeAttribute(operation, CollectionOf), OperationKind.Attribute);
            });
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, Func<INamedTypeSymbol, CollectionIds?> collectionOf)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            // Only the generated signatures, Get(string id) and TryGet(string id, out T entry): a Get of the
            // user's own in the partial class is not ours to check. The id is found by its parameter, so
            // named arguments in any order are checked too.
            var generated = (method.Name == FixedNames.Get && method.Parameters.Length == 1) ||
                (method.Name == FixedNames.TryGet && method.Parameters.Length == 2 && method.Parameters[1].RefKind == RefKind.Out);
            if (!generated || !method.IsStatic || method.Parameters[0].Name != FixedNames.IdParameter || collectionOf(method.ContainingType) is not { } collection)
            {
                return;
            }

            var idArgument = invocation.Arguments.FirstOrDefault(candidate => SymbolEqualityComparer.Default.Equals(candidate.Parameter, method.Parameters[0]));
            var argument = idArgument?.Value;
            if (argument?.Type?.SpecialType == SpecialType.System_String && argument.ConstantValue is { HasValue: true, Value: string id })
            {
                Check(context.ReportDiagnostic, collection, id, argument.Syntax.GetLocation());
            }
        }

        private static void AnalyzeAttribute(OperationAnalysisContext context, Func<INamedTypeSymbol, CollectionIds?> collectionOf)
        {
            if (context.Operation is not IAttributeOperation { Operation: IObjectCreationOperation creation } || creation.Constructor?.ContainingType is not { } attribute ||
                creation.Arguments.Length == 0 || !IsFactbookType(attribute) || ConstantOf(attribute, FixedNames.CollectionClassConstant) is not { } collectionClass)
            {
                return;
            }

            var argument = creation.Arguments[0].Value;
            var collectionType = attribute.ContainingNamespace.GetTypeMembers(collectionClass).FirstOrDefault();
            if (argument.ConstantValue is { HasValue: true, Value: string id } && collectionType is not null && collectionOf(collectionType) is { } collection)
            {
                Check(context.ReportDiagnostic, collection, id, argument.Syntax.GetLocation());
            }
        }

        private static void Check(Action<Diagnostic> report, CollectionIds collection, string id, Location location)
        {
            if (collection.Ids.Contains(id) || collection.IdsWithProblems.Contains(id))
            {
                return;
            }

            var closest = collection.Suggestions.Closest(id);
            var properties = ImmutableDictionary<string, string?>.Empty;
            if (closest is not null)
            {
                properties = properties.Add(SuggestionProperty, closest);
                if (collection.MemberOf(closest) is { } member)
                {
                    properties = properties.Add(MemberProperty, member);
                }
            }

            report(Diagnostic.Create(
                DiagnosticDescriptors.UnknownIdInCode,
                location,
                properties,
                MessageText.Quote(id),
                collection.TypeName,
                MessageText.Escape(collection.CollectionName),
                closest is null ? string.Empty : " (did you mean '" + MessageText.Escape(closest) + "'?)"));
        }

        private static bool IsFactbookType(INamedTypeSymbol type) =>
            type.GetAttributes().Any(attribute =>
                attribute.AttributeClass is { Name: "GeneratedCodeAttribute" } attributeClass &&
                attributeClass.ToDisplayString() == GeneratedCodeAttribute &&
                attribute.ConstructorArguments.Length > 0 &&
                attribute.ConstructorArguments[0].Value is FixedNames.ToolName);

        private static string? ConstantOf(INamedTypeSymbol type, string name) =>
            type.GetMembers(name).OfType<IFieldSymbol>().FirstOrDefault(field => field.IsConst)?.ConstantValue as string;

        /// <summary>
        /// The text of a UTF-8 data property (<c>ReadOnlySpan&lt;byte&gt; ids =&gt; "…"u8</c>), as the generator writes the
        /// id list where the project has C# 11: read from its literal, as such a property has no constant value.
        /// </summary>
        private static string? Utf8DataOf(INamedTypeSymbol type, string name)
        {
            var property = type.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault(candidate => candidate.IsStatic);
            var syntax = property?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
            var literal = syntax?.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax>()
                .FirstOrDefault(candidate => candidate.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.Utf8StringLiteralExpression));
            return literal?.Token.ValueText;
        }

        /// <summary>The ids of one generated collection class, read from its constants.</summary>
        private sealed class CollectionIds
        {
            private SuggestionIndex? _suggestions;

            private readonly string[] _idsInOrder;
            private readonly INamedTypeSymbol? _idEnum;

            private CollectionIds(string typeName, string collectionName, string[] idsInOrder, HashSet<string> idsWithProblems, INamedTypeSymbol? idEnum)
            {
                TypeName = typeName;
                CollectionName = collectionName;
                _idsInOrder = idsInOrder;
                Ids = new HashSet<string>(idsInOrder, StringComparer.Ordinal);
                IdsWithProblems = idsWithProblems;
                _idEnum = idEnum;
            }

            /// <summary>
            /// The generated member of an id: the id enum's member with the id's key as its value, as members and
            /// id enum members share names. Read from the code, so the schema's <c>members</c> are honoured.
            /// </summary>
            public string? MemberOf(string id)
            {
                var key = Array.IndexOf(_idsInOrder, id);
                return key < 0 ? null : _idEnum?.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(field => field.HasConstantValue && field.ConstantValue is int value && value == key)?.Name;
            }

            public string TypeName { get; }

            public string CollectionName { get; }

            public HashSet<string> Ids { get; }

            public HashSet<string> IdsWithProblems { get; }

            /// <summary>Built on the first unknown id, then shared by every check of this compilation.</summary>
            public SuggestionIndex Suggestions => _suggestions ??= new SuggestionIndex(Ids);

            /// <summary>The ids of <paramref name="type"/> when it is a generated collection class, else null.</summary>
            public static CollectionIds? Read(INamedTypeSymbol type)
            {
                if ((ConstantOf(type, FixedNames.IdsConstant) ?? Utf8DataOf(type, FixedNames.IdsConstant)) is not { } ids || ConstantOf(type, FixedNames.CollectionNameConstant) is not { } collectionName || !IsFactbookType(type))
                {
                    return null;
                }

                var gets = type.GetMembers("Get").OfType<IMethodSymbol>().Where(method => method.Parameters.Length == 1).ToList();
                var record = gets.FirstOrDefault()?.ReturnType.Name ?? type.Name;
                var idEnum = gets.Select(method => method.Parameters[0].Type).OfType<INamedTypeSymbol>().FirstOrDefault(parameter => parameter.TypeKind == TypeKind.Enum);
                return new CollectionIds(record, collectionName, Lines(ids), new HashSet<string>(Lines(ConstantOf(type, FixedNames.IdsWithProblemsConstant) ?? string.Empty), StringComparer.Ordinal), idEnum);
            }

            /// <summary>The ids of a list written one per line, each ending in '\n': the empty part after the last one is not an id.</summary>
            private static string[] Lines(string lines)
            {
                var parts = lines.Split('\n');
                return parts.Take(parts.Length - 1).ToArray();
            }
        }
    }
}
