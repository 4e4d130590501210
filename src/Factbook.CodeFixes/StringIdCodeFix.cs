using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Factbook.Generator.Naming;

namespace Factbook.CodeFixes
{
    /// <summary>
    /// Fixes FB0040 with the closest id: <c>Places.Get("kalinigrad")</c> becomes the generated member
    /// <c>Places.Kaliningrad</c>, checked by the compiler from then on; where a member cannot stand (in
    /// <c>TryGet</c>, in an attribute) the literal becomes the closest id.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StringIdCodeFix))]
    public sealed class StringIdCodeFix : CodeFixProvider
    {
        /// <summary>The analyzer's diagnostic id and the property it puts the closest id in.</summary>
        private const string DiagnosticId = FixedNames.UnknownIdInCodeId;
        private const string SuggestionProperty = FixedNames.SuggestionProperty;
        private const string MemberProperty = FixedNames.MemberProperty;

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticId);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var diagnostic = context.Diagnostics.First();
            if (!diagnostic.Properties.TryGetValue(SuggestionProperty, out var id) || id is null)
            {
                return;
            }

            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node)
            {
                return;
            }

            var literal = node as ExpressionSyntax ?? (node as ArgumentSyntax)?.Expression ?? (node as AttributeArgumentSyntax)?.Expression;
            if (literal is null)
            {
                return;
            }

            // The member's name comes from the analyzer, which read it from the generated code: ids are any
            // text, and the schema can name members, so it cannot be derived from the id here.
            if (literal.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax invocation } } &&
                invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: FixedNames.Get } access &&
                diagnostic.Properties.TryGetValue(MemberProperty, out var memberName) && memberName is not null)
            {
                var member = access.WithName(SyntaxFactory.IdentifierName(memberName)).WithTriviaFrom(invocation);
                context.RegisterCodeFix(
                    CodeAction.Create("Use " + member, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(invocation, member))), "UseMember"),
                    diagnostic);
                return;
            }

            var corrected = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(id)).WithTriviaFrom(literal);
            context.RegisterCodeFix(
                CodeAction.Create("Use '" + id + "'", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, corrected))), "UseId"),
                diagnostic);
        }
    }
}
