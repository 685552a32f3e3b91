// The browsable API document: Swagger UI over /openapi.json; "Authorize" takes the bearer token.
window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
