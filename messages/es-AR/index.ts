import auth from "./auth.json";
import common from "./common.json";
import enums from "./enums.json";
import errors from "./errors.json";
import networks from "./networks.json";
import validation from "./validation.json";

const messages = { auth, common, enums, errors, networks, validation };
export default messages;
